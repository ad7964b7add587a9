use core::fmt;
use std::collections::HashMap;
use std::env;

use reqwest_middleware::ClientBuilder;
use reqwest_tracing::{SpanBackendWithUrl, TracingMiddleware};

#[derive(Debug, Default)]
pub struct Quote {
    pub dollars: i64,
    pub cents: i32,
}

impl fmt::Display for Quote {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "${}.{}", self.dollars, self.cents)
    }
}

/// Thin HTTP client for the PHP quote service. The base URL (scheme included) comes from
/// QUOTE_ADDR, e.g. `http://quote:8090`.
pub struct QuoteClient {
    base_url: String,
}

impl QuoteClient {
    pub fn from_env() -> Self {
        let base_url = env::var("QUOTE_ADDR").expect("$QUOTE_ADDR is not set");
        QuoteClient { base_url }
    }

    pub async fn create_quote_from_count(&self, count: u32) -> Result<Quote, Box<dyn std::error::Error>> {
        let f = match self.request_quote(count).await {
            Ok(float) => float,
            Err(err) => return Err(err),
        };

        if f == 0.0 {
            return Ok(Quote::default());
        }
        let s = format!("{:.2}", f);
        let (d, c) = s.split_once('.').unwrap_or(("0", "0"));
        Ok(Quote { dollars: d.parse()?, cents: c.parse()? })
    }

    async fn request_quote(&self, count: u32) -> Result<f64, Box<dyn std::error::Error>> {
        let quote_service_addr = format!("{}{}", self.base_url, "/getquote");

        let mut reqbody = HashMap::new();
        reqbody.insert("numberOfItems", count);

        let client = ClientBuilder::new(reqwest::Client::new())
            .with(TracingMiddleware::<SpanBackendWithUrl>::new())
            .build();

        let resp = client
            .post(quote_service_addr)
            .json(&reqbody)
            .send()
            .await?
            .text()
            .await?;

        Ok(resp.parse::<f64>()?)
    }
}
