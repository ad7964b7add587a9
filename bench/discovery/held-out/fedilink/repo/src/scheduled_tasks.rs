use chrono::{DateTime, TimeZone, Utc};
use diesel::{dsl::IntervalDsl, sql_query, sql_types::Timestamptz, ExpressionMethods, QueryDsl};
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use lemmy_api_common::context::LemmyContext;
use lemmy_db_schema::{
  schema::{captcha_answer, person, post, received_activity, sent_activity},
  utils::{get_conn, naive_now, now, DbPool},
};
use lemmy_utils::error::LemmyResult;
use std::time::Duration;
use tokio::time::interval;
use tracing::{error, info, warn};

/// Schedules various cleanup tasks for lemmy in a background thread
pub async fn setup(context: LemmyContext) -> LemmyResult<()> {
  // Setup the connections
  let mut hourly = interval(Duration::from_secs(3600));
  let mut every_5_min = interval(Duration::from_secs(300));
  loop {
    tokio::select! {
      _ = every_5_min.tick() => {
        update_hot_ranks(&mut context.pool()).await;
      }
      _ = hourly.tick() => {
        clear_old_activities(&mut context.pool()).await;
        delete_expired_captcha_answers(&mut context.pool()).await;
        update_banned_when_expired(&mut context.pool()).await;
      }
    }
  }
}

/// Update the hot_rank columns for the aggregates tables
async fn update_hot_ranks(pool: &mut DbPool<'_>) {
  info!("Updating hot ranks for all history...");
  let conn = get_conn(pool).await;
  match conn {
    Ok(mut conn) => {
      let res = sql_query("update post_aggregates set hot_rank = r.hot_rank(score, published) where published > now() - interval '1 week'")
        .execute(&mut conn)
        .await;
      if let Err(e) = res {
        error!("Failed to update hot ranks: {e}");
      }
    }
    Err(e) => error!("Failed to get connection from pool: {e}"),
  }
}

/// Clear old activities (this table gets very large)
async fn clear_old_activities(pool: &mut DbPool<'_>) {
  info!("Clearing old activities...");
  if let Ok(mut conn) = get_conn(pool).await {
    diesel::delete(sent_activity::table.filter(sent_activity::published.lt(now() - 3.months())))
      .execute(&mut conn)
      .await
      .map_err(|e| error!("Failed to clear old sent activities: {e}"))
      .ok();
    diesel::delete(received_activity::table.filter(received_activity::published.lt(now() - 3.months())))
      .execute(&mut conn)
      .await
      .map_err(|e| error!("Failed to clear old received activities: {e}"))
      .ok();
  }
}

async fn delete_expired_captcha_answers(pool: &mut DbPool<'_>) {
  if let Ok(mut conn) = get_conn(pool).await {
    diesel::delete(captcha_answer::table.filter(captcha_answer::published.lt(now() - IntervalDsl::minutes(10))))
      .execute(&mut conn)
      .await
      .map_err(|e| warn!("Failed to clear captcha answers: {e}"))
      .ok();
  }
}

async fn update_banned_when_expired(pool: &mut DbPool<'_>) {
  if let Ok(mut conn) = get_conn(pool).await {
    diesel::update(person::table.filter(person::ban_expires.lt(now().nullable())))
      .set(person::banned.eq(false))
      .execute(&mut conn)
      .await
      .map_err(|e| error!("Failed to update person.banned when expires: {e}"))
      .ok();
  }
}

#[allow(dead_code)]
fn _unused(_: Option<DateTime<Utc>>, _: Timestamptz, _: &AsyncPgConnection, _: post::table) {
  let _ = Utc.timestamp_opt(0, 0);
  let _ = naive_now();
}
