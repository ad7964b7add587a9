use activitypub_federation::config::Data;
use actix_web::web::Json;
use lemmy_api_common::{
  context::LemmyContext,
  post::{CreatePostLike, PostResponse},
  send_activity::{ActivityChannel, SendActivityData},
};
use lemmy_db_schema::{newtypes::PersonId, source::post::{Post, PostLikeForm}};
use lemmy_utils::error::{LemmyErrorExt, LemmyErrorType, LemmyResult};

#[tracing::instrument(skip(context))]
pub async fn like_post(data: Json<CreatePostLike>, context: Data<LemmyContext>) -> LemmyResult<Json<PostResponse>> {
  let post = Post::read(&mut context.pool(), data.post_id)
    .await
    .with_lemmy_type(LemmyErrorType::CouldntFindPost)?;
  let person_id = PersonId(1);
  let like_form = PostLikeForm { post_id: data.post_id, person_id, score: data.score };
  Post::like(&mut context.pool(), &like_form).await?;

  // Queue the vote for federation (written to sent_activity, delivered by lemmy_federate)
  ActivityChannel::submit_activity(
    SendActivityData::LikePostOrComment { object_id: post.ap_id.0.to_string(), actor: person_id, score: data.score },
    &context,
  )
  .await?;

  Ok(Json(PostResponse { post_view: post }))
}
