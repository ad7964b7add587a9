package it.rest;

import static org.junit.Assert.assertEquals;

import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.core.Response;

import org.junit.Test;

public class EndpointIT {

    private static final String PORT = System.getProperty("liberty.test.port", "9080");
    private static final String URL = "http://localhost:" + PORT + "/reviews/0";

    @Test
    public void testReviewsEndpoint() {
        Client client = ClientBuilder.newClient();
        Response response = client.target(URL).request().get();
        assertEquals("Incorrect response code from " + URL, 200, response.getStatus());
        response.close();
        client.close();
    }
}
