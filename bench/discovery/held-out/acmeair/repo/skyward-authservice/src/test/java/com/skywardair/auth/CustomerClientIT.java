package com.skywardair.auth;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.skywardair.auth.client.CustomerClient;
import com.skywardair.auth.client.LoginValidation;

import java.net.URI;

import org.eclipse.microprofile.rest.client.RestClientBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Exercises the REST client against a WireMock stand-in for the customer service. */
class CustomerClientIT {

    private static WireMockServer wireMock;

    @BeforeAll
    static void start() {
        wireMock = new WireMockServer(8089);
        wireMock.start();
        wireMock.stubFor(post(urlEqualTo("/customer/internal/validateid"))
                .withRequestBody(equalTo("login=uid0%40email.com&password=password"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"validCustomer\":true,\"customerId\":\"uid0@email.com\"}")));
    }

    @AfterAll
    static void stop() {
        wireMock.stop();
    }

    @Test
    void validatesAgainstCustomerService() {
        CustomerClient client = RestClientBuilder.newBuilder()
                .baseUri(URI.create("http://localhost:8089/customer"))
                .build(CustomerClient.class);

        LoginValidation v = client.validateCustomer("uid0@email.com", "password");
        assertTrue(v.isValidCustomer());
        assertEquals("uid0@email.com", v.getCustomerId());
    }
}
