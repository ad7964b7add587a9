use actix_web::{get, post, web, HttpResponse, Responder};
use log::warn;

use crate::configuration::Settings;
use crate::model::DescriptionRequest;

/// Proxies the store-admin "generate description" button to ai-service.
#[post("/ai/generate/description")]
pub async fn ai_generate_description(
    settings: web::Data<Settings>,
    client: web::Data<reqwest::Client>,
    body: web::Json<DescriptionRequest>,
) -> impl Responder {
    let url = format!("{}/generate/description", settings.ai_service_url);
    match client.post(&url).json(&body.into_inner()).send().await {
        Ok(resp) => {
            let status = resp.status().as_u16();
            let text = resp.text().await.unwrap_or_default();
            HttpResponse::build(actix_web::http::StatusCode::from_u16(status).unwrap())
                .content_type("application/json")
                .body(text)
        }
        Err(e) => {
            warn!("ai-service call failed: {}", e);
            HttpResponse::ServiceUnavailable().body("ai-service unavailable")
        }
    }
}

/// Lets store-admin decide whether to show the AI button at all.
#[get("/ai/health")]
pub async fn ai_health(settings: web::Data<Settings>, client: web::Data<reqwest::Client>) -> impl Responder {
    let url = format!("{}/health", settings.ai_service_url);
    match client.get(&url).send().await {
        Ok(resp) if resp.status().is_success() => HttpResponse::Ok().body(resp.text().await.unwrap_or_default()),
        _ => HttpResponse::ServiceUnavailable().body("ai-service unavailable"),
    }
}
