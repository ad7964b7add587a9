package com.larkspur.e2e;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

public class LarkspurEndToEndTest {

  private final String host = System.getenv().getOrDefault("DOCKER_HOST_IP", "localhost");
  private final String gatewayBaseUrl = "http://" + host + ":8088";

  private Long createPatron(String name, String creditLimit) {
    Integer id = given()
            .contentType(ContentType.JSON)
            .body(Map.of("name", name, "creditLimit", Map.of("amount", creditLimit)))
            .post(gatewayBaseUrl + "/patrons")
            .then().statusCode(200)
            .extract().path("patronId");
    return id.longValue();
  }

  private Long createPurchase(Long patronId, String total) {
    Integer id = given()
            .contentType(ContentType.JSON)
            .body(Map.of("patronId", patronId, "purchaseTotal", Map.of("amount", total)))
            .post(gatewayBaseUrl + "/purchases")
            .then().statusCode(200)
            .extract().path("purchaseId");
    return id.longValue();
  }

  @Test
  public void shouldApprovePurchase() {
    Long patronId = createPatron("Ada", "15.00");
    Long purchaseId = createPurchase(patronId, "12.34");

    await().atMost(30, TimeUnit.SECONDS).untilAsserted(() ->
            given().get(gatewayBaseUrl + "/purchases/" + purchaseId)
                    .then().statusCode(200).body("purchaseState", equalTo("APPROVED")));

    await().atMost(30, TimeUnit.SECONDS).untilAsserted(() ->
            given().get(gatewayBaseUrl + "/patrons/" + patronId + "/purchasehistory")
                    .then().statusCode(200).body("purchases." + purchaseId + ".state", equalTo("APPROVED")));
  }

  @Test
  public void shouldRejectPurchaseOverCreditLimit() {
    Long patronId = createPatron("Grace", "5.00");
    Long purchaseId = createPurchase(patronId, "123.40");

    await().atMost(30, TimeUnit.SECONDS).untilAsserted(() ->
            given().get(gatewayBaseUrl + "/purchases/" + purchaseId)
                    .then().statusCode(200).body("purchaseState", equalTo("REJECTED")));
  }
}
