//! Reduced in-memory rate limiter (the real one keys buckets by IP and action type).
use std::sync::{Arc, Mutex};

#[derive(Clone, Debug, Default)]
pub struct RateLimitCell {
  state: Arc<Mutex<u64>>,
}

#[derive(Clone, Debug)]
pub struct RateLimitedGuard {
  pub action: &'static str,
}

impl RateLimitCell {
  pub fn with_test_config() -> Self {
    Self::default()
  }
  pub fn message(&self) -> actix_web::middleware::Identity {
    actix_web::middleware::Identity::default()
  }
  pub fn post(&self) -> actix_web::middleware::Identity {
    actix_web::middleware::Identity::default()
  }
  pub fn image(&self) -> actix_web::middleware::Identity {
    actix_web::middleware::Identity::default()
  }
  pub fn hit(&self) -> u64 {
    let mut s = self.state.lock().expect("lock");
    *s += 1;
    *s
  }
}
