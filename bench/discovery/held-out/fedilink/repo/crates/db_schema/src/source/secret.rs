use crate::{schema::secret, utils::{get_conn, DbPool}};
use diesel::result::Error;
use diesel_async::RunQueryDsl;

#[derive(Clone, Debug, Queryable, Selectable)]
#[diesel(table_name = secret)]
pub struct Secret {
  pub id: i32,
  pub jwt_secret: String,
}

impl Secret {
  /// Initialize the Secrets from the DB.
  pub async fn init(pool: &mut DbPool<'_>) -> Result<Secret, Error> {
    let conn = &mut get_conn(pool).await?;
    secret::table.first::<Secret>(conn).await
  }
}

use diesel::QueryDsl;
