mod clickhouse;
pub mod core;
pub mod errors;
pub mod metrics;
pub mod payments;
pub mod refunds;
mod sqlx;
mod types;

use std::sync::Arc;

pub use types::AnalyticsDomain;
use storage_impl::config::Database;

use self::{
    clickhouse::{ClickhouseClient, ClickhouseConfig},
    sqlx::SqlxClient,
};

#[derive(Clone, Debug)]
pub enum AnalyticsProvider {
    Sqlx(SqlxClient),
    Clickhouse(ClickhouseClient),
    CombinedCkh(SqlxClient, ClickhouseClient),
    CombinedSqlx(SqlxClient, ClickhouseClient),
}

impl Default for AnalyticsProvider {
    fn default() -> Self {
        Self::Sqlx(SqlxClient::default())
    }
}

impl AnalyticsProvider {
    pub async fn from_conf(config: &AnalyticsConfig, tenant: &dyn storage_impl::config::TenantConfig) -> Self {
        match config {
            AnalyticsConfig::Sqlx { sqlx } => Self::Sqlx(SqlxClient::from_conf(sqlx, tenant.get_schema()).await),
            AnalyticsConfig::Clickhouse { clickhouse } => Self::Clickhouse(ClickhouseClient {
                config: Arc::new(clickhouse.clone()),
                database: tenant.get_clickhouse_database().to_string(),
            }),
            AnalyticsConfig::CombinedCkh { sqlx, clickhouse } => Self::CombinedCkh(
                SqlxClient::from_conf(sqlx, tenant.get_schema()).await,
                ClickhouseClient {
                    config: Arc::new(clickhouse.clone()),
                    database: tenant.get_clickhouse_database().to_string(),
                },
            ),
            AnalyticsConfig::CombinedSqlx { sqlx, clickhouse } => Self::CombinedSqlx(
                SqlxClient::from_conf(sqlx, tenant.get_schema()).await,
                ClickhouseClient {
                    config: Arc::new(clickhouse.clone()),
                    database: tenant.get_clickhouse_database().to_string(),
                },
            ),
        }
    }
}

#[derive(Clone, Debug, serde::Deserialize)]
#[serde(tag = "source", rename_all = "lowercase")]
pub enum AnalyticsConfig {
    Sqlx { sqlx: Database },
    Clickhouse { clickhouse: ClickhouseConfig },
    CombinedCkh { sqlx: Database, clickhouse: ClickhouseConfig },
    CombinedSqlx { sqlx: Database, clickhouse: ClickhouseConfig },
}

impl Default for AnalyticsConfig {
    fn default() -> Self {
        Self::Sqlx { sqlx: Database::default() }
    }
}
