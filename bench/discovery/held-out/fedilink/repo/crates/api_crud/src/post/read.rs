use actix_web::web::{Data, Json, Query};
use lemmy_api_common::{context::LemmyContext, post::{GetPost, PostResponse}};
use lemmy_db_schema::source::post::Post;
use lemmy_utils::error::{LemmyErrorExt, LemmyErrorType, LemmyResult};

#[tracing::instrument(skip(context))]
pub async fn get_post(data: Query<GetPost>, context: Data<LemmyContext>) -> LemmyResult<Json<PostResponse>> {
  let post_id = data.id.ok_or(LemmyErrorType::CouldntFindPost)?;
  let post = Post::read(&mut context.pool(), post_id)
    .await
    .with_lemmy_type(LemmyErrorType::CouldntFindPost)?;
  Ok(Json(PostResponse { post_view: post }))
}
