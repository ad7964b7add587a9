use crate::context::LemmyContext;
use lemmy_db_schema::newtypes::DbUrl;
use lemmy_utils::{
  error::{LemmyError, LemmyErrorType, LemmyResult},
  settings::structs::{PictrsImageMode, Settings},
  version::VERSION,
  REQWEST_TIMEOUT,
};
use percent_encoding::{utf8_percent_encode, NON_ALPHANUMERIC};
use reqwest::{Client, ClientBuilder};
use reqwest_middleware::ClientWithMiddleware;
use serde::{Deserialize, Serialize};
use tracing::info;
use url::Url;
use webpage::HTML;

pub fn client_builder(settings: &Settings) -> ClientBuilder {
  let user_agent = format!("Lemmy/{}; +{}", VERSION, settings.get_protocol_and_hostname());

  Client::builder()
    .user_agent(user_agent.clone())
    .timeout(REQWEST_TIMEOUT)
    .connect_timeout(REQWEST_TIMEOUT)
}

#[derive(Deserialize, Serialize, Debug, PartialEq, Clone, Default)]
pub struct LinkMetadata {
  pub title: Option<String>,
  pub description: Option<String>,
  pub image: Option<DbUrl>,
  pub embed_video_url: Option<DbUrl>,
  pub content_type: Option<String>,
}

/// Fetches metadata for the given link (external website given as a post url).
#[tracing::instrument(skip_all)]
pub async fn fetch_link_metadata(url: &Url, context: &LemmyContext) -> LemmyResult<LinkMetadata> {
  info!("Fetching site metadata for url: {}", url);
  let response = context.client().get(url.as_str()).send().await?;
  let content_type = response.headers().get("content-type").and_then(|h| h.to_str().ok()).map(String::from);
  let html_bytes = response.bytes().await?.to_vec();
  let html = String::from_utf8_lossy(&html_bytes);
  let page = HTML::from_string(html.to_string(), None)?;
  Ok(LinkMetadata {
    title: page.opengraph.properties.get("title").cloned().or(page.title),
    description: page.description,
    image: None,
    embed_video_url: None,
    content_type,
  })
}

#[derive(Deserialize, Debug, Clone)]
pub struct PictrsResponse {
  pub files: Option<Vec<PictrsFile>>,
  pub msg: String,
}

#[derive(Deserialize, Debug, Clone)]
pub struct PictrsFile {
  pub file: String,
  pub delete_token: String,
}

#[derive(Deserialize, Serialize, Debug)]
struct PictrsPurgeResponse {
  msg: String,
}

/// Purges an image from pictrs
/// Note: This should often be coerced from a Result to .ok() in order to fail softly, because:
/// - It might fail due to image being not local
/// - It might not be an image
/// - Pictrs might not be set up
pub async fn purge_image_from_pictrs(image_url: &Url, context: &LemmyContext) -> LemmyResult<()> {
  let alias = image_url
    .path_segments()
    .ok_or(LemmyErrorType::ImageUrlMissingPathSegments)?
    .next_back()
    .ok_or(LemmyErrorType::ImageUrlMissingLastPathSegment)?;

  let pictrs_config = context.settings().pictrs_config()?;
  let purge_url = format!("{}internal/purge?alias={}", pictrs_config.url, alias);

  let pictrs_api_key = pictrs_config.api_key.ok_or(LemmyErrorType::PictrsApiKeyNotProvided)?;
  let response = context
    .client()
    .post(&purge_url)
    .timeout(REQWEST_TIMEOUT)
    .header("x-api-token", pictrs_api_key)
    .send()
    .await?;

  let response: PictrsPurgeResponse = response.json().await.map_err(LemmyError::from)?;

  match response.msg.as_str() {
    "ok" => Ok(()),
    _ => Err(LemmyErrorType::PictrsPurgeResponseError(response.msg))?,
  }
}

/// Retrieves the image with local pict-rs and generates a thumbnail. Returns the thumbnail url.
async fn generate_pictrs_thumbnail(image_url: &Url, context: &LemmyContext) -> LemmyResult<Url> {
  let pictrs_config = context.settings().pictrs_config()?;

  if pictrs_config.image_mode == PictrsImageMode::ProxyAllImages {
    return Ok(proxy_image_link(image_url.clone(), context)?.into());
  }

  // fetch remote non-pictrs images for persistent thumbnail link
  // TODO: should limit size once supported by pictrs
  let fetch_url = format!(
    "{}image/download?url={}",
    pictrs_config.url,
    utf8_percent_encode(image_url.as_str(), NON_ALPHANUMERIC)
  );

  let response = context
    .client()
    .get(&fetch_url)
    .timeout(REQWEST_TIMEOUT)
    .send()
    .await?
    .json::<PictrsResponse>()
    .await?;

  let files = response.files.unwrap_or_default();
  let image = files.first().ok_or(LemmyErrorType::PictrsResponseError(response.msg))?;

  let thumbnail_url = Url::parse(&format!(
    "{}/pictrs/image/{}",
    context.settings().get_protocol_and_hostname(),
    image.file
  ))?;
  Ok(thumbnail_url)
}

fn proxy_image_link(link: Url, context: &LemmyContext) -> LemmyResult<DbUrl> {
  let encoded_link = utf8_percent_encode(link.as_str(), NON_ALPHANUMERIC).to_string();
  let proxied = format!("{}/api/v3/image_proxy?url={}", context.settings().get_protocol_and_hostname(), encoded_link);
  Ok(Url::parse(&proxied)?.into())
}

pub async fn generate_post_link_metadata(url: &Url, context: &LemmyContext) -> LemmyResult<(LinkMetadata, Option<Url>)> {
  let metadata = fetch_link_metadata(url, context).await.unwrap_or_default();
  let thumbnail = match &metadata.image {
    Some(img) => generate_pictrs_thumbnail(&img.0, context).await.ok(),
    None => None,
  };
  Ok((metadata, thumbnail))
}

#[allow(dead_code)]
fn _unused(_: ClientWithMiddleware) {}
