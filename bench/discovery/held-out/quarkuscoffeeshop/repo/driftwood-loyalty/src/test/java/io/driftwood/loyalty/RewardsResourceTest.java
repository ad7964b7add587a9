package io.driftwood.loyalty;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

@QuarkusTest
class RewardsResourceTest {

    @Test
    void earningCreatesAnAccount() {
        given()
            .contentType("application/json")
            .body("{\"orderId\":\"o-1\",\"storeId\":\"ATLANTIC\",\"total\":4.50,\"itemCount\":1}")
        .when()
            .post("/rewards/M-test/earn")
        .then()
            .statusCode(200)
            .body("memberId", equalTo("M-test"))
            .body("points", greaterThan(0));
    }

    @Test
    void unknownMemberIs404() {
        given().when().get("/rewards/nobody").then().statusCode(404);
    }
}
