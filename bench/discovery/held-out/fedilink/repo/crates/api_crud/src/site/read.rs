use actix_web::web::{Data, Json};
use lemmy_api_common::{context::LemmyContext, site::GetSiteResponse};
use lemmy_utils::{error::LemmyResult, version::VERSION};

#[tracing::instrument(skip(context))]
pub async fn get_site(context: Data<LemmyContext>) -> LemmyResult<Json<GetSiteResponse>> {
  let settings = context.settings();
  Ok(Json(GetSiteResponse {
    site_name: settings.setup.as_ref().map(|s| s.site_name.clone()).unwrap_or_default(),
    version: VERSION.to_string(),
    admins: vec![],
    federation_enabled: settings.federation.enabled,
  }))
}
