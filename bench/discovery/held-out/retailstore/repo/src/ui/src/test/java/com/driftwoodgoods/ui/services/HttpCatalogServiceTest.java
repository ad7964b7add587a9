package com.driftwoodgoods.ui.services;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.driftwoodgoods.ui.services.catalog.CatalogService;
import com.driftwoodgoods.ui.services.catalog.HttpCatalogService;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import org.junit.jupiter.api.Test;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.test.StepVerifier;

@WireMockTest
class HttpCatalogServiceTest {

    @Test
    void readsProductsFromCatalogApi(WireMockRuntimeInfo wm) {
        stubFor(get(urlPathEqualTo("/catalog/products")).willReturn(okJson("""
            [{"id":"p1","name":"Beach Lantern","description":"glass","price":4900,"tags":["lighting"]}]
            """)));

        // WireMock listens on a random localhost port
        CatalogService service = new HttpCatalogService(WebClient.create(wm.getHttpBaseUrl()));

        StepVerifier.create(service.products("lighting", "name", 1, 12))
            .assertNext(p -> {
                assertThat(p.name()).isEqualTo("Beach Lantern");
                assertThat(p.formattedPrice()).isEqualTo("$49.00");
            })
            .verifyComplete();

        verify(getRequestedFor(urlPathEqualTo("/catalog/products")).withQueryParam("tags", equalTo("lighting")));
    }

    @Test
    void productNotFoundIsEmpty(WireMockRuntimeInfo wm) {
        stubFor(get(urlPathEqualTo("/catalog/products/missing")).willReturn(notFound()));
        CatalogService service = new HttpCatalogService(WebClient.create("http://localhost:" + wm.getHttpPort()));
        StepVerifier.create(service.product("missing")).expectError().verify();
    }
}
