use actix_web::{guard, web};
use lemmy_api::{
  local_user::{login::login, reset_password::reset_password},
  post::like::like_post,
};
use lemmy_api_crud::post::{create::create_post, read::get_post};
use lemmy_api_crud::site::read::get_site;
use lemmy_utils::rate_limit::RateLimitCell;

pub fn config(cfg: &mut web::ServiceConfig, rate_limit: &RateLimitCell) {
  cfg.service(
    web::scope("/api/v3")
      // Site
      .service(
        web::scope("/site")
          .wrap(rate_limit.message())
          .route("", web::get().to(get_site)),
      )
      // Post
      .service(
        web::resource("/post")
          .guard(guard::Post())
          .wrap(rate_limit.post())
          .route(web::post().to(create_post)),
      )
      .service(
        web::scope("/post")
          .wrap(rate_limit.message())
          .route("", web::get().to(get_post))
          .route("/like", web::post().to(like_post)),
      )
      // User
      .service(
        web::scope("/user")
          .wrap(rate_limit.message())
          .route("/login", web::post().to(login))
          .route("/password_reset", web::post().to(reset_password)),
      ),
  );
}
