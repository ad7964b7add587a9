package com.sagaflow.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockJwt;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.mock.mockito.MockBean;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class GatewayRoutesTest {

    static WireMockServer backend = new WireMockServer(wireMockConfig().dynamicPort());

    @MockBean
    ReactiveJwtDecoder jwtDecoder;

    @Autowired
    WebTestClient client;

    @BeforeAll
    static void start() {
        backend.start();
        backend.stubFor(get(urlEqualTo("/orders"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("[]")));
    }

    @AfterAll
    static void stop() {
        backend.stop();
    }

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry registry) {
        registry.add("sagaflow.routes.order-uri", backend::baseUrl);
        registry.add("sagaflow.routes.payment-uri", backend::baseUrl);
        registry.add("sagaflow.routes.stock-uri", backend::baseUrl);
    }

    @Test
    void ordersRouteStripsPrefix() {
        client.mutateWith(mockJwt())
                .get().uri("/api/orders")
                .exchange()
                .expectStatus().isOk()
                .expectBody().json("[]");
    }

    @Test
    void anonymousOrderCallIsRejected() {
        client.get().uri("/api/orders").exchange().expectStatus().isUnauthorized();
    }
}
