package io.tidewater.store.catalog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CatalogResourceTest {

    @Test
    void listsProducts() {
        given().when().get("/services/products")
            .then().statusCode(200)
            .body("size()", greaterThan(5));
    }

    @Test
    void findsSingleProduct() {
        given().when().get("/services/product/329299")
            .then().statusCode(200)
            .body("name", is("Tidewater Fleece"));
    }
}
