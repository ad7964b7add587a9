use activitypub_federation::config::Data;
use actix_web::web::Json;
use lemmy_api_common::{
  context::LemmyContext,
  post::{CreatePost, PostResponse},
  request::generate_post_link_metadata,
  send_activity::{ActivityChannel, SendActivityData},
};
use lemmy_db_schema::{
  newtypes::PersonId,
  source::post::{Post, PostInsertForm},
};
use lemmy_utils::error::{LemmyErrorExt, LemmyErrorType, LemmyResult};
use url::Url;

#[tracing::instrument(skip(context))]
pub async fn create_post(data: Json<CreatePost>, context: Data<LemmyContext>) -> LemmyResult<Json<PostResponse>> {
  let url = data.url.as_deref().map(Url::parse).transpose()?;

  // Fetch post links and pictrs cached image
  let (metadata, thumbnail_url) = match &url {
    Some(u) => {
      let (m, t) = generate_post_link_metadata(u, &context).await?;
      (Some(m), t)
    }
    None => (None, None),
  };

  let post_form = PostInsertForm {
    name: data.name.trim().to_string(),
    creator_id: PersonId(1),
    community_id: data.community_id,
    url: url.map(Into::into),
    body: data.body.clone().or(metadata.and_then(|m| m.description)),
    thumbnail_url: thumbnail_url.map(Into::into),
    ap_id: None,
    local: Some(true),
  };

  let inserted_post = Post::create(&mut context.pool(), &post_form)
    .await
    .with_lemmy_type(LemmyErrorType::CouldntCreatePost)?;

  ActivityChannel::submit_activity(SendActivityData::CreatePost(inserted_post.clone()), &context).await?;

  Ok(Json(PostResponse { post_view: inserted_post }))
}
