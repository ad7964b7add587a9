use activitypub_federation::{
  config::Data,
  fetch::{object_id::ObjectId, webfinger::webfinger_resolve_actor},
  traits::{Actor, Object},
};
use lemmy_api_common::context::LemmyContext;
use lemmy_utils::error::{LemmyError, LemmyResult};
use serde_json::Value;
use url::Url;

/// Resolve actor identifier like `!news@example.com` to a remote community or user,
/// using webfinger (GET https://example.com/.well-known/webfinger?resource=acct:news@example.com)
/// and then fetching the actor JSON with Accept: application/activity+json.
pub async fn resolve_actor_identifier<ActorType, DbActor>(
  identifier: &str,
  context: &Data<LemmyContext>,
) -> LemmyResult<DbActor>
where
  ActorType: Object<DataType = LemmyContext, Error = LemmyError> + Object<Kind = DbActor> + Actor + Send + 'static,
  for<'de2> <ActorType as Object>::Kind: serde::Deserialize<'de2>,
  DbActor: From<ActorType> + Send + 'static,
{
  let (name, domain) = identifier.split_once('@').unwrap_or((identifier, ""));
  if domain.is_empty() || domain == context.settings().hostname {
    return Err(anyhow::anyhow!("local actor lookups are handled in the db").into());
  }
  let actor: ActorType = webfinger_resolve_actor(&format!("{name}@{domain}"), context).await?;
  Ok(actor.into())
}

/// Fetch an arbitrary remote object (post, comment, user) by its ActivityPub id.
pub async fn fetch_remote_object(object_id: &Url, context: &Data<LemmyContext>) -> LemmyResult<Value> {
  let res = context
    .client()
    .get(object_id.as_str())
    .header("Accept", "application/activity+json")
    .send()
    .await?
    .json::<Value>()
    .await?;
  Ok(res)
}

#[allow(dead_code)]
fn _unused(_: ObjectId<()>) {}
