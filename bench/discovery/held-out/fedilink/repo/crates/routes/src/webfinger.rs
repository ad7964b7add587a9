use activitypub_federation::fetch::webfinger::{extract_webfinger_name, Webfinger, WebfingerLink};
use actix_web::{web, web::Query, HttpResponse};
use lemmy_api_common::context::LemmyContext;
use lemmy_utils::error::LemmyResult;
use serde::Deserialize;
use std::collections::HashMap;

#[derive(Deserialize)]
struct Params {
  resource: String,
}

pub fn config(cfg: &mut web::ServiceConfig) {
  cfg.route(".well-known/webfinger", web::get().to(get_webfinger_response));
}

/// Responds to webfinger requests of the following format. There isn't any real documentation for
/// this, but it described in this Mastodon issue:
///
/// https://github.com/tootsuite/mastodon/issues/2635
async fn get_webfinger_response(
  info: Query<Params>,
  context: web::Data<LemmyContext>,
) -> LemmyResult<HttpResponse> {
  let name = extract_webfinger_name(&info.resource, &context)?;
  let actor = format!("{}/u/{}", context.settings().get_protocol_and_hostname(), name);
  let json = Webfinger {
    subject: info.resource.clone(),
    links: vec![WebfingerLink {
      rel: Some("self".to_string()),
      kind: Some("application/activity+json".to_string()),
      href: Some(actor.parse()?),
      properties: HashMap::new(),
    }],
    aliases: vec![],
    properties: HashMap::new(),
  };
  Ok(HttpResponse::Ok().json(json))
}
