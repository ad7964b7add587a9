pub mod create_post;

use activitypub_federation::config::Data;
use futures::future::BoxFuture;
use lemmy_api_common::{context::LemmyContext, send_activity::SendActivityData};
use lemmy_utils::error::LemmyResult;

/// Converts API-side events into ActivityPub activities and stores them in `sent_activity`.
/// Actual delivery to remote inboxes happens in the lemmy_federate crate.
pub fn match_outgoing_activities(
  data: SendActivityData,
  context: &Data<LemmyContext>,
) -> BoxFuture<'_, LemmyResult<()>> {
  let context = context.reset_request_count();
  let fed_task = async {
    use SendActivityData::*;
    match data {
      CreatePost(post) | UpdatePost(post) => create_post::send_create_post(post, &context).await,
      LikePostOrComment { object_id, actor, score } => {
        create_post::send_like(object_id, actor, score, &context).await
      }
    }
  };
  Box::pin(fed_task)
}
