use actix_web::{web, HttpResponse};
use lemmy_api_common::context::LemmyContext;
use lemmy_utils::{error::LemmyResult, version::VERSION};
use serde_json::json;

pub fn config(cfg: &mut web::ServiceConfig) {
  cfg
    .route("/nodeinfo/2.0.json", web::get().to(node_info))
    .service(web::redirect("/version", "/nodeinfo/2.0.json"))
    .route("/.well-known/nodeinfo", web::get().to(node_info_well_known));
}

async fn node_info_well_known(context: web::Data<LemmyContext>) -> LemmyResult<HttpResponse> {
  let href = format!("{}/nodeinfo/2.0.json", context.settings().get_protocol_and_hostname());
  Ok(HttpResponse::Ok().json(json!({
    "links": [{ "rel": "http://nodeinfo.diaspora.software/ns/schema/2.0", "href": href }]
  })))
}

async fn node_info(context: web::Data<LemmyContext>) -> LemmyResult<HttpResponse> {
  Ok(HttpResponse::Ok().json(json!({
    "version": "2.0",
    "software": { "name": "lemmy", "version": VERSION },
    "protocols": ["activitypub"],
    "openRegistrations": true,
    "metadata": { "hostname": context.settings().hostname },
  })))
}
