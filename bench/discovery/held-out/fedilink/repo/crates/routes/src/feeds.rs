use actix_web::{web, HttpResponse};
use diesel::{ExpressionMethods, QueryDsl};
use diesel_async::RunQueryDsl;
use lemmy_api_common::context::LemmyContext;
use lemmy_db_schema::{schema::post, utils::get_conn};
use lemmy_utils::error::LemmyResult;
use rss::{ChannelBuilder, ItemBuilder};

pub fn config(cfg: &mut web::ServiceConfig) {
  cfg.service(web::scope("/feeds").route("/all.xml", web::get().to(get_all_feed)));
}

async fn get_all_feed(context: web::Data<LemmyContext>) -> LemmyResult<HttpResponse> {
  let conn = &mut get_conn(&mut context.pool()).await?;
  let posts: Vec<(String, String)> = post::table
    .filter(post::removed.eq(false))
    .order(post::published.desc())
    .select((post::name, post::ap_id))
    .limit(20)
    .load(conn)
    .await?;
  let items = posts
    .into_iter()
    .map(|(name, link)| ItemBuilder::default().title(name).link(link).build())
    .collect::<Vec<_>>();
  let channel = ChannelBuilder::default()
    .title(format!("{} - All", context.settings().hostname))
    .link(context.settings().get_protocol_and_hostname())
    .items(items)
    .build();
  Ok(HttpResponse::Ok().content_type("application/rss+xml").body(channel.to_string()))
}
