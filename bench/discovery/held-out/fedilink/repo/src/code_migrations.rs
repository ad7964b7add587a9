//! Code-side migrations that cannot be expressed in SQL (e.g. generating ActivityPub keypairs).
use lemmy_db_schema::utils::DbPool;
use lemmy_utils::{error::LemmyResult, settings::structs::Settings};
use tracing::info;

pub async fn run_advanced_migrations(pool: &mut DbPool<'_>, settings: &Settings) -> LemmyResult<()> {
  let protocol_and_hostname = &settings.get_protocol_and_hostname();
  info!("Running advanced migrations for {protocol_and_hostname}");
  lemmy_db_schema::impls::person::generate_missing_keypairs(pool, protocol_and_hostname).await?;
  Ok(())
}
