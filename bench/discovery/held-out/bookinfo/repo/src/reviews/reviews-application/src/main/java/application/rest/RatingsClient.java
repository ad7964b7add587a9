package application.rest;

import jakarta.json.JsonObject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.io.StringReader;
import java.util.concurrent.TimeUnit;

import jakarta.json.Json;
import jakarta.json.JsonReader;

/**
 * Thin wrapper over the JAX-RS client for the ratings service.
 * The address is assembled from the environment so that the same image runs
 * in-mesh ("ratings"), across clusters (with SERVICES_DOMAIN) or on VMs.
 */
public class RatingsClient {

    private static final String SERVICES_DOMAIN = System.getenv("SERVICES_DOMAIN") == null ? "" : ("." + System.getenv("SERVICES_DOMAIN"));
    private static final String RATINGS_HOSTNAME = System.getenv("RATINGS_HOSTNAME") == null ? "ratings" : System.getenv("RATINGS_HOSTNAME");
    private static final String RATINGS_PORT = System.getenv("RATINGS_SERVICE_PORT") == null ? "9080" : System.getenv("RATINGS_SERVICE_PORT");
    private static final String RATINGS_SERVICE = "http://" + RATINGS_HOSTNAME + SERVICES_DOMAIN + ":" + RATINGS_PORT + "/ratings";

    private static final String[] HEADERS_TO_PROPAGATE = {
        "x-request-id", "x-b3-traceid", "x-b3-spanid", "x-b3-sampled", "x-b3-flags",
        "x-datadog-trace-id", "x-datadog-parent-id", "x-datadog-sampling-priority",
        "traceparent", "tracestate", "x-cloud-trace-context", "grpc-trace-bin",
        "x-ot-span-context", "sw8", "user-agent", "cookie", "authorization", "jwt"
    };

    private final int timeoutMs;

    public RatingsClient() {
        this.timeoutMs = LibertyRestEndpoint.STAR_COLOR.equals("black") ? 10000 : 2500;
    }

    public JsonObject getRatings(String productId, HttpHeaders requestHeaders) {
        ClientBuilder cb = ClientBuilder.newBuilder();
        cb.property("com.ibm.ws.jaxrs.client.connection.timeout", Integer.toString(timeoutMs));
        cb.property("com.ibm.ws.jaxrs.client.receive.timeout", Integer.toString(timeoutMs));
        cb.connectTimeout(timeoutMs, TimeUnit.MILLISECONDS);
        Client client = cb.build();
        Invocation.Builder request = client.target(RATINGS_SERVICE + "/" + productId).request(MediaType.APPLICATION_JSON);
        for (String header : HEADERS_TO_PROPAGATE) {
            String value = requestHeaders.getHeaderString(header);
            if (value != null) {
                request = request.header(header, value);
            }
        }
        try {
            Response r = request.get();
            int statusCode = r.getStatusInfo().getStatusCode();
            if (statusCode == Response.Status.OK.getStatusCode()) {
                try (StringReader stringReader = new StringReader(r.readEntity(String.class));
                     JsonReader jsonReader = Json.createReader(stringReader)) {
                    return jsonReader.readObject();
                }
            }
            System.out.println("Error: unable to contact " + RATINGS_SERVICE + " got status of " + statusCode);
            return null;
        } catch (ProcessingException e) {
            System.err.println("Error: unable to contact " + RATINGS_SERVICE + " got exception " + e);
            return null;
        } finally {
            client.close();
        }
    }
}
