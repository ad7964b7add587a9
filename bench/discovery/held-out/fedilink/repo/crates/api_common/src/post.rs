use lemmy_db_schema::{newtypes::{CommunityId, PostId}, source::post::Post};
use serde::{Deserialize, Serialize};

#[derive(Debug, Serialize, Deserialize, Clone, Default, PartialEq, Eq)]
/// Create a post.
pub struct CreatePost {
  pub name: String,
  pub community_id: CommunityId,
  pub url: Option<String>,
  pub body: Option<String>,
  pub nsfw: Option<bool>,
}

#[derive(Debug, Serialize, Deserialize, Clone, Default)]
pub struct GetPost {
  pub id: Option<PostId>,
}

#[derive(Debug, Serialize, Deserialize, Clone)]
pub struct PostResponse {
  pub post_view: Post,
}

#[derive(Debug, Serialize, Deserialize, Clone, Default)]
/// Like a post.
pub struct CreatePostLike {
  pub post_id: PostId,
  /// Score must be -1, 0, or 1.
  pub score: i16,
}
