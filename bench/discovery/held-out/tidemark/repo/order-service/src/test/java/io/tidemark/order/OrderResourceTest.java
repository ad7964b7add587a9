package io.tidemark.order;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Runs against a Dev Services PostgreSQL container started by Quarkus. */
@QuarkusTest
class OrderResourceTest {

    @Test
    void createsOrder() {
        given()
            .contentType("application/json")
            .body("""
                {"customerId":"c-1","orderDate":"2024-03-01T10:00:00",
                 "lineItems":[{"item":"Buoy","quantity":1,"totalPrice":19.99}]}
                """)
        .when().post("/orders")
        .then()
            .statusCode(201)
            .body("id", notNullValue())
            .body("customerId", equalTo("c-1"));
    }

    @Test
    void unknownOrderIs404() {
        given().when().get("/orders/999999").then().statusCode(404);
    }
}
