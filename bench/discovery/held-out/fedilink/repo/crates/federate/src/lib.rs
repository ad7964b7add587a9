use crate::worker::InstanceWorker;
use activitypub_federation::config::FederationConfig;
use diesel::QueryDsl;
use diesel_async::RunQueryDsl;
use lemmy_api_common::context::LemmyContext;
use lemmy_db_schema::{schema::instance, utils::{get_conn, ActualDbPool}};
use lemmy_utils::error::LemmyResult;
use std::{collections::HashMap, time::Duration};
use tokio::task::JoinHandle;
use tokio_util::sync::CancellationToken;
use tracing::info;

mod worker;

static WORKER_EXIT_TIMEOUT: Duration = Duration::from_secs(30);

pub struct Opts {
  /// how many processes you are starting in total
  pub process_count: i32,
  /// the index of this process (1-based: 1 - process_count)
  pub process_index: i32,
}

pub struct CancellableTask {
  token: CancellationToken,
  handle: JoinHandle<LemmyResult<()>>,
}

impl CancellableTask {
  pub async fn cancel(self) -> LemmyResult<()> {
    self.token.cancel();
    tokio::time::timeout(WORKER_EXIT_TIMEOUT, self.handle).await???;
    Ok(())
  }
}

/// Spawns one worker per known remote instance. Each worker reads new rows from
/// the `sent_activity` table and delivers them to that instance's inboxes.
async fn start_stop_federation_workers(
  opts: Opts,
  pool: ActualDbPool,
  federation_config: FederationConfig<LemmyContext>,
  cancel: CancellationToken,
) -> LemmyResult<()> {
  let mut workers = HashMap::<i32, CancellationToken>::new();
  let process_num = 1 + opts.process_index - 1;
  info!("Starting federation workers for process {process_num}/{}", opts.process_count);
  while !cancel.is_cancelled() {
    let conn = &mut get_conn(&mut (&pool).into()).await?;
    let instances: Vec<(i32, String)> = instance::table.select((instance::id, instance::domain)).load(conn).await?;
    for (id, domain) in instances {
      if id % opts.process_count != opts.process_index - 1 || workers.contains_key(&id) {
        continue;
      }
      let token = cancel.child_token();
      let worker = InstanceWorker::new(id, domain, pool.clone(), federation_config.to_request_data(), token.clone());
      tokio::spawn(worker.loop_until_stopped());
      workers.insert(id, token);
    }
    tokio::select! {
      () = tokio::time::sleep(Duration::from_secs(60)) => {},
      () = cancel.cancelled() => {},
    }
  }
  Ok(())
}

/// starts and stops federation workers depending on which instances are on db
/// await the returned future to stop/cancel all workers gracefully
pub fn start_stop_federation_workers_cancellable(
  opts: Opts,
  pool: ActualDbPool,
  config: FederationConfig<LemmyContext>,
) -> CancellableTask {
  let token = CancellationToken::new();
  let handle = tokio::spawn(start_stop_federation_workers(opts, pool, config, token.clone()));
  CancellableTask { token, handle }
}
