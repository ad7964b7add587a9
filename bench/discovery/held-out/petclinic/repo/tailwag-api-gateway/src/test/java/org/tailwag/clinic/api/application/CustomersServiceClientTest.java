package org.tailwag.clinic.api.application;

import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;
import org.springframework.web.reactive.function.client.WebClient;
import org.tailwag.clinic.api.dto.OwnerDetails;

import static org.assertj.core.api.Assertions.assertThat;

class CustomersServiceClientTest {

    @Test
    void fetchesOwnerFromLocalStub() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.start(9561);
            server.enqueue(new MockResponse()
                .setHeader("Content-Type", "application/json")
                .setBody("{\"id\":1,\"firstName\":\"Mara\",\"lastName\":\"Lindqvist\",\"pets\":[]}"));

            CustomersServiceClient client = new CustomersServiceClient(WebClient.builder());
            client.setHostname("http://localhost:9561/");

            OwnerDetails owner = client.getOwner(1).block();
            assertThat(owner.firstName()).isEqualTo("Mara");
        }
    }
}
