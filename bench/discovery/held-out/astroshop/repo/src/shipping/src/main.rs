// Stardust Supply — shipping service (gRPC). Quotes come from the PHP quote service.
use std::env;
use std::net::SocketAddr;

use log::info;
use tonic::transport::Server;

mod shipping_service;
use shipping_service::shop::shipping_service_server::ShippingServiceServer;
use shipping_service::ShippingServer;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let (mut health_reporter, health_service) = tonic_health::server::health_reporter();
    health_reporter
        .set_serving::<ShippingServiceServer<ShippingServer>>()
        .await;

    let port = env::var("SHIPPING_PORT").expect("$SHIPPING_PORT is not set");
    let addr: SocketAddr = format!("0.0.0.0:{}", port).parse()?;
    info!("listening on {}", addr);

    let shipper = ShippingServer::from_env();

    Server::builder()
        .add_service(ShippingServiceServer::new(shipper))
        .add_service(health_service)
        .serve(addr)
        .await?;

    Ok(())
}
