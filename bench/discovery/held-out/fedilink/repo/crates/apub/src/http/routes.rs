use crate::http::shared_inbox;
use actix_web::{guard, web};
use lemmy_utils::settings::structs::Settings;

pub fn config(cfg: &mut web::ServiceConfig, settings: &Settings) {
  if settings.federation.enabled {
    cfg
      .route("/inbox", web::post().to(shared_inbox))
      .route("/c/{community_name}/inbox", web::post().to(shared_inbox))
      .route("/u/{user_name}/inbox", web::post().to(shared_inbox))
      .service(
        web::scope("")
          .guard(guard::Any(guard::Header("Accept", "application/activity+json")).or(guard::Header(
            "Accept",
            "application/ld+json; profile=\"https://www.w3.org/ns/activitystreams\"",
          )))
          .route("/site_outbox", web::get().to(|| async { "{}" })),
      );
  }
}
