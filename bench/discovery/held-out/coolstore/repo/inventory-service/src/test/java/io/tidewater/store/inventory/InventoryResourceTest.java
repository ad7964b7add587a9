package io.tidewater.store.inventory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class InventoryResourceTest {

    @Test
    void returnsQuantityForKnownItem() {
        given().when().get("/services/inventory/329299")
            .then().statusCode(200)
            .body("location", is("Portland Harbor"))
            .body("quantity", is(736));
    }

    @Test
    void unknownItemIs404() {
        given().when().get("/services/inventory/nope").then().statusCode(404);
    }
}
