use crate::{newtypes::LocalUserId, schema::local_image};
use chrono::{DateTime, Utc};

#[derive(PartialEq, Eq, Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = local_image)]
pub struct LocalImage {
  pub local_user_id: LocalUserId,
  pub pictrs_alias: String,
  pub pictrs_delete_token: String,
  pub published: DateTime<Utc>,
}

#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = local_image)]
pub struct LocalImageForm {
  pub local_user_id: LocalUserId,
  pub pictrs_alias: String,
  pub pictrs_delete_token: String,
}
