pub mod api_routes_http;
pub mod code_migrations;
pub mod scheduled_tasks;

use activitypub_federation::config::{FederationConfig, FederationMiddleware};
use actix_cors::Cors;
use actix_web::{middleware, web::Data, App, HttpServer};
use clap::Parser;
use lemmy_api_common::{
  context::LemmyContext,
  request::client_builder,
  send_activity::{ActivityChannel, MATCH_OUTGOING_ACTIVITIES},
  utils::local_site_rate_limit_to_rate_limit_config,
};
use lemmy_apub::{VerifyUrlData, FEDERATION_HTTP_FETCH_LIMIT};
use lemmy_db_schema::{source::secret::Secret, utils::build_db_pool};
use lemmy_federate::{start_stop_federation_workers_cancellable, Opts};
use lemmy_routes::{feeds, images, nodeinfo, webfinger};
use lemmy_utils::{
  error::LemmyError,
  rate_limit::RateLimitCell,
  settings::{structs::Settings, SETTINGS},
};
use reqwest_middleware::ClientBuilder;
use reqwest_tracing::TracingMiddleware;
use std::time::Duration;
use tracing::warn;
use url::Url;

/// Max timeout for http requests
pub(crate) const REQWEST_TIMEOUT: Duration = Duration::from_secs(10);

#[derive(Parser, Debug)]
#[command(version, about, long_about = None)]
pub struct CmdArgs {
  /// Don't run scheduled tasks.
  #[arg(long, default_value_t = false)]
  disable_scheduled_tasks: bool,
  /// Disables the HTTP server.
  #[arg(long, default_value_t = false)]
  disable_http_server: bool,
  /// Disable sending outgoing ActivityPub messages.
  #[arg(long, default_value_t = false)]
  disable_activity_sending: bool,
  /// The index of this outgoing federation process.
  #[arg(long, default_value_t = 1)]
  federate_process_index: i32,
  /// How many outgoing federation processes you are starting in total.
  #[arg(long, default_value_t = 1)]
  federate_process_count: i32,
}

/// Placing the main function in lib.rs allows other crates to import it and embed Lemmy
pub async fn start_lemmy_server(args: CmdArgs) -> Result<(), LemmyError> {
  let settings = SETTINGS.to_owned();

  // Run the DB migrations and set up the connection pool (postgres)
  let pool = build_db_pool().await?;

  // Run the Code-required migrations
  code_migrations::run_advanced_migrations(&mut (&pool).into(), &settings).await?;

  // Initialize the secrets
  let secret = Secret::init(&mut (&pool).into()).await?;

  let rate_limit_cell = RateLimitCell::with_test_config();

  if let Some(prometheus) = settings.prometheus.clone() {
    // Only effective when compiled with --features prometheus-metrics
    warn!("prometheus endpoint configured at {}:{}", prometheus.bind, prometheus.port);
  }

  // Outgoing HTTP client used for federation, link previews and pictrs
  let client = ClientBuilder::new(client_builder(&settings).build()?)
    .with(TracingMiddleware::default())
    .build();

  let context = LemmyContext::create(pool.clone(), client.clone(), secret.clone(), rate_limit_cell.clone());

  if !args.disable_scheduled_tasks {
    let _scheduled_tasks = tokio::task::spawn(scheduled_tasks::setup(context.clone()));
  }

  let federation_config = FederationConfig::builder()
    .domain(settings.hostname.clone())
    .app_data(context.clone())
    .client(client.clone())
    .http_fetch_limit(FEDERATION_HTTP_FETCH_LIMIT)
    .debug(cfg!(debug_assertions))
    .http_signature_compat(true)
    .url_verifier(Box::new(VerifyUrlData(context.inner_pool().clone())))
    .build()
    .await?;

  MATCH_OUTGOING_ACTIVITIES
    .set(Box::new(move |d, c| Box::pin(lemmy_apub::activities::match_outgoing_activities(d, c))))
    .expect("set function pointer");

  let federate = (!args.disable_activity_sending).then(|| {
    start_stop_federation_workers_cancellable(
      Opts {
        process_index: args.federate_process_index,
        process_count: args.federate_process_count,
      },
      pool.clone(),
      federation_config.clone(),
    )
  });

  if !args.disable_http_server {
    let bind = (settings.bind, settings.port);
    let federation_config = federation_config.clone();
    HttpServer::new(move || {
      let cors = Cors::permissive();
      App::new()
        .wrap(middleware::Logger::new("%{r}a '%r' %s %b '%{Referer}i' '%{User-Agent}i' %T"))
        .wrap(middleware::Compress::default())
        .wrap(cors)
        .wrap(FederationMiddleware::new(federation_config.clone()))
        .app_data(Data::new(context.clone()))
        .app_data(Data::new(rate_limit_cell.clone()))
        .configure(|cfg| api_routes_http::config(cfg, &rate_limit_cell))
        .configure(|cfg| lemmy_apub::http::routes::config(cfg, &settings))
        .configure(feeds::config)
        .configure(|cfg| images::config(cfg, client.clone(), &rate_limit_cell))
        .configure(nodeinfo::config)
        .configure(webfinger::config)
    })
    .bind(bind)?
    .run()
    .await?;
  }

  if let Some(federate) = federate {
    federate.cancel().await?;
  }
  ActivityChannel::close().await?;
  Ok(())
}

pub fn init_logging(opentelemetry_url: &Option<Url>) -> Result<(), LemmyError> {
  LogTracer::init()?;
  let log_description = std::env::var("RUST_LOG").unwrap_or_else(|_| "info".into());
  if let Some(_url) = opentelemetry_url {
    // Only with --features console; no otel collector is part of the docker deployment
    #[cfg(feature = "console")]
    telemetry::init_tracing(_url.as_ref(), &log_description)?;
  }
  tracing::info!("log level {log_description}");
  Ok(())
}

use tracing_log::LogTracer;

#[allow(dead_code)]
fn unused(_: &Settings, _: Url) {}
