use api_models::user::dashboard_metadata::ProdIntent;
use common_utils::{errors::CustomResult, pii};
use error_stack::ResultExt;
use external_services::email::{EmailContents, EmailData, EmailError};
use masking::{ExposeInterface, Secret};

use crate::{configs, consts, routes::SessionState};

pub enum EmailBody {
    Verify { link: String },
    Reset { link: String, user_name: String },
    MagicLink { link: String, user_name: String },
    InviteUser { link: String, user_name: String },
    AcceptInviteFromEmail { link: String, user_name: String },
    BizEmailProd { user_name: String, poc_email: String, legal_business_name: String, business_location: String, business_website: String },
    ApiKeyExpiryReminder { expires_in: u8, api_key_name: String, prefix: String },
}

pub mod html {
    use crate::services::email::types::EmailBody;

    pub fn get_html_body(email_body: EmailBody) -> String {
        match email_body {
            EmailBody::Verify { link } => {
                format!(include_str!("assets/verify.html"), link = link)
            }
            EmailBody::Reset { link, user_name } => {
                format!(include_str!("assets/reset.html"), link = link, username = user_name)
            }
            EmailBody::MagicLink { link, user_name } => {
                format!(include_str!("assets/magic_link.html"), user_name = user_name, link = link)
            }
            EmailBody::InviteUser { link, user_name } => {
                format!(include_str!("assets/invite.html"), username = user_name, link = link)
            }
            EmailBody::AcceptInviteFromEmail { link, user_name } => {
                format!(include_str!("assets/invite.html"), username = user_name, link = link)
            }
            EmailBody::BizEmailProd { user_name, poc_email, legal_business_name, business_location, business_website } => {
                format!(
                    include_str!("assets/bizemailprod.html"),
                    poc_email = poc_email,
                    legal_business_name = legal_business_name,
                    business_location = business_location,
                    business_website = business_website,
                    username = user_name,
                )
            }
            EmailBody::ApiKeyExpiryReminder { expires_in, api_key_name, prefix } => format!(
                include_str!("assets/api_key_expiry_reminder.html"),
                api_key_name = api_key_name,
                prefix = prefix,
                expires_in = expires_in,
            ),
        }
    }
}

pub struct VerifyEmail {
    pub recipient_email: domain::UserEmail,
    pub settings: std::sync::Arc<configs::Settings>,
    pub subject: &'static str,
    pub auth_id: Option<String>,
}

#[async_trait::async_trait]
impl EmailData for VerifyEmail {
    async fn get_email_data(&self, base_url: &str) -> CustomResult<EmailContents, EmailError> {
        let token = EmailToken::new_token(self.recipient_email.clone(), None, domain::Origin::VerifyEmail, &self.settings)
            .await
            .change_context(EmailError::TokenGenerationFailure)?;

        let verify_email_link = get_link_with_token(base_url, token, "verify_email", &self.auth_id);

        let body = html::get_html_body(EmailBody::Verify { link: verify_email_link });

        Ok(EmailContents {
            subject: self.subject.to_string(),
            body: external_services::email::IntermediateString::new(body),
            recipient: self.recipient_email.clone().into_inner(),
        })
    }
}

pub fn get_link_with_token(
    base_url: impl std::fmt::Display,
    token: impl std::fmt::Display,
    action: impl std::fmt::Display,
    auth_id: &Option<impl std::fmt::Display>,
) -> String {
    let email_url = format!("{base_url}/user/{action}?token={token}");
    if let Some(auth_id) = auth_id {
        format!("{email_url}&auth_id={auth_id}")
    } else {
        email_url
    }
}
