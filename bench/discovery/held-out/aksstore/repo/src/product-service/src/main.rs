mod configuration;
mod model;
mod routes;

use actix_cors::Cors;
use actix_web::{get, middleware, web, App, HttpResponse, HttpServer, Responder};
use std::sync::Mutex;

use configuration::Settings;
use routes::product::AppState;

#[get("/health")]
async fn health() -> impl Responder {
    let version = std::env::var("APP_VERSION").unwrap_or_else(|_| "0.1.0".to_string());
    HttpResponse::Ok().json(serde_json::json!({"status": "ok", "version": version}))
}

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    env_logger::init_from_env(env_logger::Env::new().default_filter_or("info"));
    let settings = Settings::new();
    log::info!("listening on port {}, ai-service at {}", settings.port, settings.ai_service_url);

    let state = web::Data::new(AppState { products: Mutex::new(model::seed_products()) });
    let http_client = web::Data::new(reqwest::Client::new());
    let port = settings.port;
    let max_size = settings.max_size;
    let settings = web::Data::new(settings);

    HttpServer::new(move || {
        App::new()
            .wrap(Cors::permissive())
            .wrap(middleware::Logger::default())
            .app_data(web::JsonConfig::default().limit(max_size))
            .app_data(state.clone())
            .app_data(settings.clone())
            .app_data(http_client.clone())
            .service(health)
            .service(routes::ai::ai_health)
            .service(routes::ai::ai_generate_description)
            .service(routes::product::get_products)
            .service(routes::product::get_product)
            .service(routes::product::add_product)
            .service(routes::product::update_product)
            .service(routes::product::delete_product)
    })
    .bind(("0.0.0.0", port))?
    .run()
    .await
}
