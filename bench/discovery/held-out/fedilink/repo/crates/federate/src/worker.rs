use activitypub_federation::{
  activity_sending::SendActivityTask,
  config::Data,
  protocol::context::WithContext,
};
use chrono::{DateTime, Utc};
use diesel::{ExpressionMethods, QueryDsl};
use diesel_async::RunQueryDsl;
use lemmy_api_common::context::LemmyContext;
use lemmy_db_schema::{schema::sent_activity, utils::{get_conn, ActualDbPool}};
use lemmy_utils::error::LemmyResult;
use reqwest::Url;
use serde_json::Value;
use std::time::Duration;
use tokio_util::sync::CancellationToken;
use tracing::{info, warn};

/// Save state to db after this time has passed since the last state (so if the server crashes or is SIGKILLed, less than X seconds of activities are resent)
static SAVE_STATE_EVERY_TIME: Duration = Duration::from_secs(60);

pub(crate) struct InstanceWorker {
  instance_id: i32,
  domain: String,
  pool: ActualDbPool,
  context: Data<LemmyContext>,
  stop: CancellationToken,
  last_successful_id: i64,
  last_state_insert: DateTime<Utc>,
}

impl InstanceWorker {
  pub(crate) fn new(instance_id: i32, domain: String, pool: ActualDbPool, context: Data<LemmyContext>, stop: CancellationToken) -> Self {
    InstanceWorker { instance_id, domain, pool, context, stop, last_successful_id: 0, last_state_insert: Utc::now() }
  }

  pub(crate) async fn loop_until_stopped(mut self) -> LemmyResult<()> {
    info!("Starting federation worker for {}", self.domain);
    while !self.stop.is_cancelled() {
      self.loop_batch().await?;
      tokio::time::sleep(Duration::from_secs(10)).await;
    }
    Ok(())
  }

  /// send out a batch of activities
  async fn loop_batch(&mut self) -> LemmyResult<()> {
    let conn = &mut get_conn(&mut (&self.pool).into()).await?;
    let batch: Vec<(i64, Value, Option<String>)> = sent_activity::table
      .filter(sent_activity::id.gt(self.last_successful_id))
      .order(sent_activity::id.asc())
      .select((sent_activity::id, sent_activity::data, sent_activity::actor_apub_id))
      .limit(100)
      .load(conn)
      .await?;
    for (id, data, _actor) in batch {
      self.send_retry_loop(id, data).await?;
      self.last_successful_id = id;
    }
    if Utc::now() - self.last_state_insert > chrono::Duration::from_std(SAVE_STATE_EVERY_TIME)? {
      self.last_state_insert = Utc::now();
    }
    Ok(())
  }

  /// Signs the activity with the actor's private key and POSTs it to the remote shared inbox,
  /// e.g. https://lemmy.world/inbox or https://mastodon.social/inbox.
  async fn send_retry_loop(&mut self, activity_id: i64, data: Value) -> LemmyResult<()> {
    let inbox = Url::parse(&format!("https://{}/inbox", self.domain))?;
    let activity = WithContext::new_default(data);
    let requests = SendActivityTask::prepare(&activity, &(), vec![inbox], &self.context).await?;
    for task in requests {
      // usually only one due to shared inbox
      if let Err(e) = task.sign_and_send(&self.context).await {
        warn!("sending activity {activity_id} to {} (instance {}) failed: {e}", self.domain, self.instance_id);
      }
    }
    Ok(())
  }
}
