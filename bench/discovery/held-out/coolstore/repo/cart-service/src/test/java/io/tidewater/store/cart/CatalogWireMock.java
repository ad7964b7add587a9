package io.tidewater.store.cart;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Fakes the catalog service for cart tests. */
public class CatalogWireMock implements QuarkusTestResourceLifecycleManager {

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(8089);
        server.start();
        server.stubFor(get(urlPathMatching("/services/product/.*"))
            .willReturn(aResponse()
                .withHeader("Content-Type", "application/json")
                .withBody("{\"itemId\":\"329299\",\"name\":\"Tidewater Fleece\",\"price\":34.0}")));
        return Map.of("quarkus.rest-client.catalog-service.url", "http://localhost:8089");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
