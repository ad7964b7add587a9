use activitypub_federation::{config::Data, kinds::activity::CreateType};
use diesel::insert_into;
use diesel_async::RunQueryDsl;
use lemmy_api_common::context::LemmyContext;
use lemmy_db_schema::{newtypes::PersonId, schema::sent_activity, source::post::Post, utils::get_conn};
use lemmy_utils::error::LemmyResult;
use serde::{Deserialize, Serialize};
use serde_json::json;
use url::Url;

#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CreateOrUpdatePage {
  pub(crate) actor: Url,
  pub(crate) to: Vec<Url>,
  pub(crate) object: serde_json::Value,
  #[serde(rename = "type")]
  pub(crate) kind: CreateType,
  pub(crate) id: Url,
}

/// Stores the activity in sent_activity; the federation queue (lemmy_federate) picks it up
/// and POSTs it to the inboxes of all remote instances following the community.
pub async fn send_create_post(post: Post, context: &Data<LemmyContext>) -> LemmyResult<()> {
  let id = Url::parse(&format!("{}/activities/create/{}", context.settings().get_protocol_and_hostname(), post.id.0))?;
  let data = json!({
    "id": id,
    "type": "Create",
    "actor": format!("{}/u/{}", context.settings().get_protocol_and_hostname(), post.creator_id.0),
    "to": ["https://www.w3.org/ns/activitystreams#Public"],
    "object": { "type": "Page", "id": post.ap_id.0, "name": post.name },
  });
  store_sent_activity(id.to_string(), data, context).await
}

pub async fn send_like(object_id: String, actor: PersonId, score: i16, context: &Data<LemmyContext>) -> LemmyResult<()> {
  let kind = if score > 0 { "Like" } else { "Dislike" };
  let id = format!("{}/activities/{}/{}", context.settings().get_protocol_and_hostname(), kind.to_lowercase(), actor.0);
  let data = json!({ "id": id, "type": kind, "object": object_id });
  store_sent_activity(id, data, context).await
}

async fn store_sent_activity(ap_id: String, data: serde_json::Value, context: &Data<LemmyContext>) -> LemmyResult<()> {
  let conn = &mut get_conn(&mut context.pool()).await?;
  insert_into(sent_activity::table)
    .values((
      sent_activity::ap_id.eq(ap_id),
      sent_activity::data.eq(data),
      sent_activity::sensitive.eq(false),
      sent_activity::send_all_instances.eq(true),
    ))
    .execute(conn)
    .await?;
  Ok(())
}

use diesel::ExpressionMethods;
