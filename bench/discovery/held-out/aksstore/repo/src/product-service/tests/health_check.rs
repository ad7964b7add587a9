// Smoke test against a locally running product-service (`cargo run` first).
#[actix_rt::test]
#[ignore]
async fn health_check_works() {
    let client = reqwest::Client::new();
    let resp = client
        .get("http://127.0.0.1:3002/health")
        .send()
        .await
        .expect("failed to reach product-service");
    assert!(resp.status().is_success());
}
