#![allow(clippy::unwrap_used, clippy::print_stdout)]

mod utils;

use router::{
    configs,
    core::payments,
    db::StorageImpl,
    routes, services,
    types::{self, api, storage::enums},
};
use time::macros::datetime;
use tokio::sync::oneshot;
use uuid::Uuid;

// setting the connector in environment variables doesn't work when run in parallel. Neither does passing the paymentid
// do we'll test refund and payment in same tests and later implement thread_local variables.
// When test-connector feature is enabled, you can pass the connector name in description

#[actix_web::test]
// verify the API-KEY/merchant id has stripe as first choice
async fn payments_create_stripe() {
    Box::pin(utils::setup()).await;

    let payment_id = format!("test_{}", Uuid::new_v4());
    let api_key = ("API-KEY", "MySecretApiKey");

    let request = serde_json::json!({
    "payment_id" : payment_id,
    "merchant_id" : "jarnura",
    "amount" : 1000,
    "currency" : "USD",
    "amount_to_capture" : 1000,
    "confirm" : true,
    "customer" : "test_customer",
    "customer_email" : "test@gmail.com",
    "customer_name" : "Test",
    "description" : "stripe",
    "return_url" : "https://juspay.in/",
    "payment_method_data" : {"card" : {"card_number":"4242424242424242","card_exp_month":"12","card_exp_year":"29","card_holder_name":"JohnDoe","card_cvc":"123"}},
    "payment_method" : "card",
    "statement_descriptor_name" : "Test Merchant",
    "statement_descriptor_suffix" : "US"
    });

    let refund_req = serde_json::json!({
            "amount" : 1000,
            "currency" : "USD",
            "refund_id" : "refund_123",
            "payment_id" : payment_id,
            "merchant_id" : "jarnura",
    });

    let client = awc::Client::default();

    let mut create_response = client
        .post("http://127.0.0.1:8080/payments/create")
        .insert_header(api_key)
        .send_json(&request)
        .await
        .unwrap();
    let create_response_body = create_response.body().await;
    println!("{create_response:?} : {create_response_body:?}");
    assert_eq!(create_response.status(), awc::http::StatusCode::OK);

    let mut retrieve_response = client
        .get("http://127.0.0.1:8080/payments/retrieve")
        .insert_header(api_key)
        .send_json(&request)
        .await
        .unwrap();
    let retrieve_response_body = retrieve_response.body().await;
    println!("{retrieve_response:?} =:= {retrieve_response_body:?}");
    assert_eq!(retrieve_response.status(), awc::http::StatusCode::OK);

    let mut refund_response = client
        .post("http://127.0.0.1:8080/refunds/create")
        .insert_header(api_key)
        .send_json(&refund_req)
        .await
        .unwrap();

    let refund_response_body = refund_response.body().await;
    println!("{refund_response:?} =:= {refund_response_body:?}");
    assert_eq!(refund_response.status(), awc::http::StatusCode::OK);
}

#[actix_web::test]
#[ignore]
async fn payments_todo() {
    Box::pin(utils::setup()).await;

    let client = awc::Client::default();
    let mut response;
    let mut response_body;
    let _post_endpoints = ["123/update", "123/confirm", "cancel"];
    let get_endpoints = vec!["list"];

    for endpoint in get_endpoints {
        response = client
            .get(format!("http://127.0.0.1:8080/payments/{endpoint}"))
            .insert_header(("API-KEY", "MySecretApiKey"))
            .send()
            .await
            .unwrap();
        response_body = response.body().await;
        println!("{endpoint} =:= {response:?} : {response_body:?}");
        assert_eq!(response.status(), awc::http::StatusCode::OK);
    }
}
