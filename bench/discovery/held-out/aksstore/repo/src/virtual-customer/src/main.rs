use rand::Rng;
use serde::Serialize;
use std::env;
use std::thread;
use std::time::{Duration, Instant};

#[derive(Serialize)]
struct OrderItem {
    #[serde(rename = "productId")]
    product_id: i32,
    quantity: i32,
    price: f32,
}

#[derive(Serialize)]
struct Order {
    #[serde(rename = "customerId")]
    customer_id: String,
    items: Vec<OrderItem>,
}

const PRICES: [f32; 5] = [6.99, 34.99, 8.49, 79.0, 59.95];

fn main() {
    let order_service_url = env::var("ORDER_SERVICE_URL")
        .expect("ORDER_SERVICE_URL must be set, e.g. http://order-service:3000/");
    let orders_per_hour: u64 = env::var("ORDERS_PER_HOUR")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100);
    let pause = Duration::from_millis(3_600_000 / orders_per_hour.max(1));

    println!("placing {} orders/hour against {}", orders_per_hour, order_service_url);
    let client = reqwest::blocking::Client::new();
    let mut rng = rand::thread_rng();
    let started = Instant::now();
    let mut placed = 0u64;

    loop {
        let n_items = rng.gen_range(1..=4);
        let items = (0..n_items)
            .map(|_| {
                let product_id = rng.gen_range(1..=5);
                OrderItem { product_id, quantity: rng.gen_range(1..=3), price: PRICES[(product_id - 1) as usize] }
            })
            .collect();
        let order = Order { customer_id: rng.gen_range(1_000_000_000u64..9_999_999_999).to_string(), items };

        match client.post(&order_service_url).json(&order).send() {
            Ok(resp) if resp.status().is_success() => placed += 1,
            Ok(resp) => eprintln!("order rejected: {}", resp.status()),
            Err(e) => eprintln!("failed to reach order-service: {}", e),
        }
        if placed % 10 == 0 {
            println!("{} orders placed in {:?}", placed, started.elapsed());
        }
        thread::sleep(pause);
    }
}
