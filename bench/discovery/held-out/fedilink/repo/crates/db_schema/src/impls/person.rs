use crate::{schema::person, utils::{get_conn, DbPool}};
use diesel::{ExpressionMethods, QueryDsl};
use diesel_async::RunQueryDsl;
use lemmy_utils::error::LemmyResult;
use tracing::info;

/// Generates RSA keypairs for local persons created before federation existed.
pub async fn generate_missing_keypairs(pool: &mut DbPool<'_>, protocol_and_hostname: &str) -> LemmyResult<()> {
  let conn = &mut get_conn(pool).await?;
  let missing: Vec<i32> = person::table
    .filter(person::local.eq(true))
    .filter(person::private_key.is_null())
    .select(person::id)
    .load(conn)
    .await?;
  info!("{} persons missing keypairs on {protocol_and_hostname}", missing.len());
  Ok(())
}
