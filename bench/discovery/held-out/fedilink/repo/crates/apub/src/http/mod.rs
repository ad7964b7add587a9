pub mod routes;

use activitypub_federation::{
  actix_web::inbox::receive_activity,
  config::Data,
  protocol::context::WithContext,
};
use actix_web::{web::Bytes, HttpRequest, HttpResponse};
use lemmy_api_common::context::LemmyContext;
use lemmy_utils::error::LemmyResult;
use serde_json::Value;

/// Handle incoming activities from remote instances (shared inbox and per-actor inboxes).
pub async fn shared_inbox(
  request: HttpRequest,
  body: Bytes,
  data: Data<LemmyContext>,
) -> LemmyResult<HttpResponse> {
  receive_activity::<WithContext<Value>, (), LemmyContext>(request, body, &data).await
}
