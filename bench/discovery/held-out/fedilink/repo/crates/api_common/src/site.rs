use serde::{Deserialize, Serialize};

#[derive(Debug, Serialize, Deserialize, Clone, Default)]
pub struct GetSiteResponse {
  pub site_name: String,
  pub version: String,
  pub admins: Vec<String>,
  pub federation_enabled: bool,
}

#[derive(Debug, Serialize, Deserialize, Clone)]
pub struct Login {
  pub username_or_email: String,
  pub password: String,
  pub totp_2fa_token: Option<String>,
}

#[derive(Debug, Serialize, Deserialize, Clone)]
pub struct LoginResponse {
  pub jwt: Option<String>,
  pub registration_created: bool,
  pub verify_email_sent: bool,
}

#[derive(Debug, Serialize, Deserialize, Clone)]
pub struct PasswordReset {
  pub email: String,
}
