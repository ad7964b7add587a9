pub mod context;
pub mod post;
pub mod request;
pub mod send_activity;
pub mod site;
pub mod utils;

pub extern crate lemmy_db_schema;
pub extern crate lemmy_utils;

#[derive(Debug, serde::Serialize, serde::Deserialize, Clone, Default, PartialEq, Eq)]
pub struct SuccessResponse {
  pub success: bool,
}
