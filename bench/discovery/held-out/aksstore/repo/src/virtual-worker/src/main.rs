use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::env;
use std::thread;
use std::time::Duration;

#[derive(Deserialize, Serialize, Debug)]
struct Order {
    #[serde(rename = "orderId")]
    order_id: String,
    #[serde(rename = "customerId")]
    customer_id: String,
    items: Vec<Value>,
    status: i32,
}

fn main() {
    let base = env::var("MAKELINE_SERVICE_URL").expect("MAKELINE_SERVICE_URL must be set");
    let base = base.trim_end_matches('/').to_string();
    let orders_per_hour: u64 = env::var("ORDERS_PER_HOUR").ok().and_then(|v| v.parse().ok()).unwrap_or(100);
    let pause = Duration::from_millis(3_600_000 / orders_per_hour.max(1));
    let client = reqwest::blocking::Client::new();

    println!("completing {} orders/hour via {}", orders_per_hour, base);
    loop {
        let fetch_url = format!("{}/order/fetch", base);
        let orders: Vec<Order> = match client.get(&fetch_url).send().and_then(|r| r.json()) {
            Ok(o) => o,
            Err(e) => {
                eprintln!("failed to fetch orders: {}", e);
                thread::sleep(Duration::from_secs(5));
                continue;
            }
        };

        for mut order in orders {
            // processing, then complete
            for next in [1, 2] {
                order.status = next;
                if let Err(e) = client.put(format!("{}/order", base)).json(&order).send() {
                    eprintln!("failed to update order {}: {}", order.order_id, e);
                }
            }
            println!("completed order {}", order.order_id);
            thread::sleep(pause);
        }
        thread::sleep(Duration::from_secs(1));
    }
}
