package io.tidewater.store.cart;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(CatalogWireMock.class)
class CartResourceTest {

    @Test
    void addItemUsesCatalogPrice() {
        given().when().post("/api/cart/test-cart/329299/2")
            .then().statusCode(200)
            .body("cartItemTotal", is(68.0f));
    }
}
