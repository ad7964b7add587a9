package org.tailwag.clinic.api.application;

import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.reactive.function.client.WebClient;
import org.tailwag.clinic.api.dto.VisitDetails;
import org.tailwag.clinic.api.dto.Visits;
import reactor.core.publisher.Mono;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class VisitsServiceClientIntegrationTest {

    private static final Integer PET_ID = 1;

    private VisitsServiceClient visitsServiceClient;

    private MockWebServer server;

    @BeforeEach
    void setUp() throws IOException {
        server = new MockWebServer();
        server.start();
        visitsServiceClient = new VisitsServiceClient(WebClient.builder());
        visitsServiceClient.setHostname(server.url("/").toString());
    }

    @AfterEach
    void shutdown() throws IOException {
        server.shutdown();
    }

    @Test
    void getVisitsForPets_withAvailableVisitsService() {
        server.enqueue(new MockResponse()
            .setHeader("Content-Type", "application/json")
            .setBody("{\"items\":[{\"id\":5,\"petId\":1,\"date\":\"2024-03-04\",\"description\":\"checkup\"}]}"));

        Mono<Visits> visits = visitsServiceClient.getVisitsForPets(List.of(PET_ID));

        VisitDetails first = visits.block().items().get(0);
        assertEquals(5, first.id());
        assertEquals(PET_ID, first.petId());
    }
}
