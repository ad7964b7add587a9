use std::env;

#[derive(Clone, Debug)]
pub struct Settings {
    pub port: u16,
    pub max_size: usize,
    pub ai_service_url: String,
}

impl Settings {
    pub fn new() -> Self {
        Settings {
            port: env::var("PORT").ok().and_then(|p| p.parse().ok()).unwrap_or(3002),
            max_size: env::var("MAX_SIZE").ok().and_then(|p| p.parse().ok()).unwrap_or(262_144),
            ai_service_url: env::var("AI_SERVICE_URL")
                .unwrap_or_else(|_| "http://ai-service:5001/".to_string())
                .trim_end_matches('/')
                .to_string(),
        }
    }
}
