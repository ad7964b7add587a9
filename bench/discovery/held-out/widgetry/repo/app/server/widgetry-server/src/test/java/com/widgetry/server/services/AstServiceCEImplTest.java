package com.widgetry.server.services;

import com.widgetry.server.configurations.CommonConfig;
import com.widgetry.server.services.ce.AstServiceCEImpl;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import java.io.IOException;
import java.util.List;

class AstServiceCEImplTest {

    private MockWebServer mockRts;
    private AstServiceCEImpl astService;

    @BeforeEach
    void setUp() throws IOException {
        mockRts = new MockWebServer();
        mockRts.start();
        CommonConfig commonConfig = new CommonConfig();
        commonConfig.setRtsPort(String.valueOf(mockRts.getPort()));
        astService = new AstServiceCEImpl(commonConfig);
    }

    @AfterEach
    void tearDown() throws IOException {
        mockRts.shutdown();
    }

    @Test
    void returnsReferencesFromRts() {
        mockRts.enqueue(new MockResponse()
                .setHeader("Content-Type", "application/json")
                .setBody("{\"data\":[{\"references\":[\"Query1.data\"],\"functionalParams\":[],\"variables\":[]}]}"));

        StepVerifier.create(astService.getPossibleReferencesFromDynamicBinding(List.of("Query1.data"), 2))
                .assertNext(entry -> {
                    assert entry.getKey().equals("Query1.data");
                    assert entry.getValue().contains("Query1.data");
                })
                .verifyComplete();
    }
}
