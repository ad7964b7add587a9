use crate::context::LemmyContext;
use lemmy_utils::{email::send_email, error::LemmyResult, settings::structs::Settings};

/// Sends a password reset link to the user's email via the configured SMTP relay.
pub async fn send_password_reset_email(
  username: &str,
  email: &str,
  token: &str,
  settings: &Settings,
) -> LemmyResult<()> {
  let subject = format!("Password reset for {username}");
  let protocol_and_hostname = settings.get_protocol_and_hostname();
  let reset_link = format!("{protocol_and_hostname}/password_change/{token}");
  let body = format!("<h1>Password Reset Request for {username}</h1><br><a href={reset_link}>Click here to reset your password</a>");
  send_email(&subject, email, username, &body, settings).await
}

pub fn local_site_rate_limit_to_rate_limit_config(_context: &LemmyContext) {}
