package com.driftwoodgoods.ui;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.reactive.AutoConfigureWebTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.reactive.server.WebTestClient;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "retail.ui.endpoints.catalog=http://catalog.test:8080")
@AutoConfigureWebTestClient
class TopologyControllerTest {

    @Autowired
    WebTestClient client;

    @Test
    void showsConfiguredAndMockedEndpoints() {
        client.get().uri("/topology").exchange()
            .expectStatus().isOk()
            .expectBody()
            .jsonPath("$.catalog").isEqualTo("http://catalog.test:8080")
            .jsonPath("$.carts").isEqualTo("mock");
    }
}
