use std::fmt::{Debug, Display};

pub type LemmyResult<T> = Result<T, LemmyError>;

pub struct LemmyError {
  pub error_type: LemmyErrorType,
  pub inner: anyhow::Error,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(tag = "error", content = "message", rename_all = "snake_case")]
pub enum LemmyErrorType {
  CouldntFindPost,
  CouldntCreatePost,
  IncorrectLogin,
  EmailNotVerified,
  NoEmailSetup,
  EmailSendFailed,
  PictrsResponseError(String),
  PictrsPurgeResponseError(String),
  PictrsApiKeyNotProvided,
  ImageUrlMissingPathSegments,
  ImageUrlMissingLastPathSegment,
  FederationDisabled,
  DomainBlocked(String),
  RateLimitError,
  MissingAnEmail,
  EmailSmtpServerNeedsAPort,
  InvalidEmailAddress(String),
  Unknown(String),
}

impl<T> From<T> for LemmyError
where
  T: Into<anyhow::Error>,
{
  fn from(t: T) -> Self {
    LemmyError { error_type: LemmyErrorType::Unknown(String::new()), inner: t.into() }
  }
}

impl Debug for LemmyError {
  fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
    f.debug_struct("LemmyError").field("message", &self.error_type).field("inner", &self.inner).finish()
  }
}

impl Display for LemmyError {
  fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
    write!(f, "{:?}: {}", self.error_type, self.inner)
  }
}

impl actix_web::error::ResponseError for LemmyError {}

pub trait LemmyErrorExt<T, E: Into<anyhow::Error>> {
  fn with_lemmy_type(self, error_type: LemmyErrorType) -> LemmyResult<T>;
}

impl<T, E: Into<anyhow::Error>> LemmyErrorExt<T, E> for Result<T, E> {
  fn with_lemmy_type(self, error_type: LemmyErrorType) -> LemmyResult<T> {
    self.map_err(|error| LemmyError { error_type, inner: error.into() })
  }
}

impl From<LemmyErrorType> for LemmyError {
  fn from(error_type: LemmyErrorType) -> Self {
    let inner = anyhow::anyhow!("{:?}", error_type);
    LemmyError { error_type, inner }
  }
}
