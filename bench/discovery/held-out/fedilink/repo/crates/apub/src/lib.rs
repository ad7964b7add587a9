use activitypub_federation::{config::UrlVerifier, error::Error as ActivityPubError};
use async_trait::async_trait;
use lemmy_db_schema::utils::ActualDbPool;
use lemmy_utils::settings::SETTINGS;
use url::Url;

pub mod activities;
pub mod fetcher;
pub mod http;

/// Maximum number of outgoing HTTP requests to fetch a single object. Needs to be high enough
/// to fetch a new community with posts, moderators and featured posts.
pub const FEDERATION_HTTP_FETCH_LIMIT: u32 = 100;

#[derive(Clone)]
pub struct VerifyUrlData(pub ActualDbPool);

#[async_trait]
impl UrlVerifier for VerifyUrlData {
  async fn verify(&self, url: &Url) -> Result<(), ActivityPubError> {
    check_apub_id_valid(url).map_err(|e| ActivityPubError::Other(e.to_string()))
  }
}

/// Checks if the ID is allowed for sending or receiving.
///
/// In particular, it checks for:
/// - federation being enabled (if its disabled, only local URLs are allowed)
/// - the correct scheme (either http or https)
/// - URL being in the allowlist (if it is active)
/// - URL not being in the blocklist (if it is active)
fn check_apub_id_valid(apub_id: &Url) -> Result<(), &'static str> {
  let domain = apub_id.domain().ok_or("URL without domain")?;
  if domain == SETTINGS.hostname {
    return Ok(());
  }
  if !SETTINGS.federation.enabled {
    return Err("Federation disabled");
  }
  Ok(())
}
