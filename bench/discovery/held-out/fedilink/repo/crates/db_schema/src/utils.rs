use crate::newtypes::DbUrl;
use chrono::{DateTime, Utc};
use deadpool::Runtime;
use diesel::{
  helper_types::AsExprOf,
  pg::Pg,
  result::{ConnectionError, ConnectionResult},
  sql_types::Timestamptz,
  IntoSql,
};
use diesel_async::{
  pg::AsyncPgConnection,
  pooled_connection::{
    deadpool::{Object as PooledConnection, Pool},
    AsyncDieselConnectionManager,
    ManagerConfig,
  },
};
use diesel_migrations::EmbeddedMigrations;
use futures::{future::BoxFuture, FutureExt};
use lemmy_utils::{error::LemmyResult, settings::SETTINGS};
use once_cell::sync::Lazy;
use rustls::{
  client::{ServerCertVerified, ServerCertVerifier},
  ServerName,
};
use std::{
  ops::{Deref, DerefMut},
  sync::Arc,
  time::{Duration, SystemTime},
};
use tracing::{error, info};
use url::Url;

const FETCH_LIMIT_DEFAULT: i64 = 10;
pub const FETCH_LIMIT_MAX: i64 = 50;
const POOL_TIMEOUT: Option<Duration> = Some(Duration::from_secs(5));

pub type ActualDbPool = Pool<AsyncPgConnection>;

/// References a pool or connection. Functions must take `&mut DbPool<'_>` to allow implicit reborrowing.
pub enum DbPool<'a> {
  Pool(&'a ActualDbPool),
  Conn(&'a mut AsyncPgConnection),
}

pub enum DbConn<'a> {
  Pool(PooledConnection<AsyncPgConnection>),
  Conn(&'a mut AsyncPgConnection),
}

pub async fn get_conn<'a, 'b: 'a>(pool: &'a mut DbPool<'b>) -> Result<DbConn<'a>, DieselError> {
  Ok(match pool {
    DbPool::Pool(pool) => DbConn::Pool(pool.get().await.map_err(|e| QueryBuilderError(e.into()))?),
    DbPool::Conn(conn) => DbConn::Conn(conn),
  })
}

impl<'a> Deref for DbConn<'a> {
  type Target = AsyncPgConnection;
  fn deref(&self) -> &Self::Target {
    match self {
      DbConn::Pool(conn) => conn.deref(),
      DbConn::Conn(conn) => conn.deref(),
    }
  }
}

impl<'a> DerefMut for DbConn<'a> {
  fn deref_mut(&mut self) -> &mut Self::Target {
    match self {
      DbConn::Pool(conn) => conn.deref_mut(),
      DbConn::Conn(conn) => conn.deref_mut(),
    }
  }
}

impl<'a> From<&'a ActualDbPool> for DbPool<'a> {
  fn from(value: &'a ActualDbPool) -> Self {
    DbPool::Pool(value)
  }
}

use diesel::result::Error as DieselError;
use diesel::result::Error::QueryBuilderError;

pub fn get_database_url_from_env() -> Result<String, std::env::VarError> {
  std::env::var("LEMMY_DATABASE_URL")
}

/// Opens a TLS-capable connection to postgres (sslmode in the connection string)
fn establish_connection(config: &str) -> BoxFuture<ConnectionResult<AsyncPgConnection>> {
  let fut = async {
    let rustls_config = rustls::ClientConfig::builder()
      .with_safe_defaults()
      .with_custom_certificate_verifier(Arc::new(NoCertVerifier {}))
      .with_no_client_auth();

    let tls = tokio_postgres_rustls::MakeRustlsConnect::new(rustls_config);
    let (client, conn) = tokio_postgres::connect(config, tls)
      .await
      .map_err(|e| ConnectionError::BadConnection(e.to_string()))?;
    tokio::spawn(async move {
      if let Err(e) = conn.await {
        error!("Database connection failed: {e}");
      }
    });
    AsyncPgConnection::try_from(client).await
  };
  fut.boxed()
}

struct NoCertVerifier {}

impl ServerCertVerifier for NoCertVerifier {
  fn verify_server_cert(
    &self,
    _end_entity: &rustls::Certificate,
    _intermediates: &[rustls::Certificate],
    _server_name: &ServerName,
    _scts: &mut dyn Iterator<Item = &[u8]>,
    _ocsp_response: &[u8],
    _now: SystemTime,
  ) -> Result<ServerCertVerified, rustls::Error> {
    // Will verify all (even invalid) certs without any checks (sslmode=require)
    Ok(ServerCertVerified::assertion())
  }
}

pub const MIGRATIONS: EmbeddedMigrations = embed_migrations!();

fn run_migrations(db_url: &str) -> LemmyResult<()> {
  // Needs to be a sync connection
  let mut conn = diesel::PgConnection::establish(db_url)?;
  info!("Running Database migrations (This may take a long time)...");
  conn.run_pending_migrations(MIGRATIONS).map_err(|e| anyhow::anyhow!("Couldn't run DB Migrations: {e}"))?;
  info!("Database migrations complete.");
  Ok(())
}

/// Builds the deadpool connection pool against the database configured in
/// `database.connection` (or LEMMY_DATABASE_URL) and runs embedded migrations.
pub async fn build_db_pool() -> LemmyResult<ActualDbPool> {
  let db_url = SETTINGS.get_database_url();
  // We only support TLS with sslmode=require currently
  let tls_enabled = db_url.contains("sslmode=require");
  let manager = if tls_enabled {
    let mut config = ManagerConfig::default();
    config.custom_setup = Box::new(establish_connection);
    AsyncDieselConnectionManager::<AsyncPgConnection>::new_with_config(&db_url, config)
  } else {
    AsyncDieselConnectionManager::<AsyncPgConnection>::new(&db_url)
  };
  let pool = Pool::builder(manager)
    .max_size(SETTINGS.database.pool_size)
    .wait_timeout(POOL_TIMEOUT)
    .create_timeout(POOL_TIMEOUT)
    .recycle_timeout(POOL_TIMEOUT)
    .runtime(Runtime::Tokio1)
    .build()?;

  run_migrations(&db_url)?;

  Ok(pool)
}

pub fn build_db_pool_for_tests() -> ActualDbPool {
  futures::executor::block_on(build_db_pool()).expect("db pool missing")
}

pub fn limit_and_offset(page: Option<i64>, limit: Option<i64>) -> Result<(i64, i64), DieselError> {
  let limit = limit.unwrap_or(FETCH_LIMIT_DEFAULT).min(FETCH_LIMIT_MAX);
  let offset = limit * (page.unwrap_or(1) - 1);
  Ok((limit, offset))
}

pub fn naive_now() -> DateTime<Utc> {
  Utc::now()
}

pub fn now() -> AsExprOf<diesel::dsl::now, Timestamptz> {
  diesel::dsl::now.into_sql::<Timestamptz>()
}

pub fn fuzzy_search(q: &str) -> String {
  let replaced = q.replace('%', "\\%").replace('_', "\\_").replace(' ', "%");
  format!("%{replaced}%")
}

impl From<Url> for DbUrl {
  fn from(url: Url) -> Self {
    DbUrl(Box::new(url))
  }
}

use diesel::Connection;
use diesel_migrations::{embed_migrations, MigrationHarness};
#[allow(dead_code)]
type _P = Pg;
#[allow(dead_code)]
static _L: Lazy<()> = Lazy::new(|| ());
