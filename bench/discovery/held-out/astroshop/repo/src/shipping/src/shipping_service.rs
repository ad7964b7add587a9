use log::info;
use tonic::{Request, Response, Status};

mod quote;
mod tracking;

use quote::QuoteClient;
use tracking::create_tracking_id;

pub mod shop {
    tonic::include_proto!("stardust");
}

use shop::shipping_service_server::ShippingService;
use shop::{GetQuoteRequest, GetQuoteResponse, Money, ShipOrderRequest, ShipOrderResponse};

const NANOS_MULTIPLE: u32 = 10_000_000u32;

pub struct ShippingServer {
    quotes: QuoteClient,
}

impl ShippingServer {
    pub fn from_env() -> Self {
        ShippingServer { quotes: QuoteClient::from_env() }
    }
}

#[tonic::async_trait]
impl ShippingService for ShippingServer {
    async fn get_quote(&self, request: Request<GetQuoteRequest>) -> Result<Response<GetQuoteResponse>, Status> {
        let itemct: u32 = request
            .into_inner()
            .items
            .into_iter()
            .fold(0, |accum, cart_item| accum + (cart_item.quantity as u32));

        info!("Received quote request for {} items", itemct);

        let q = self
            .quotes
            .create_quote_from_count(itemct)
            .await
            .map_err(|e| Status::unknown(format!("failed to get quote: {}", e)))?;

        let reply = GetQuoteResponse {
            cost_usd: Some(Money {
                currency_code: "USD".into(),
                units: q.dollars,
                nanos: q.cents * NANOS_MULTIPLE as i32,
            }),
        };
        info!("Sending Quote: {}", q);
        Ok(Response::new(reply))
    }

    async fn ship_order(&self, _request: Request<ShipOrderRequest>) -> Result<Response<ShipOrderResponse>, Status> {
        let tid = create_tracking_id();
        info!("Tracking ID Created: {}", tid);
        Ok(Response::new(ShipOrderResponse { tracking_id: tid }))
    }
}
