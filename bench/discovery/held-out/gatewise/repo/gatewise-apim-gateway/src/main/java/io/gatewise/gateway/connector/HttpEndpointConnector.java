package io.gatewise.gateway.connector;

import io.gatewise.gateway.model.ApiDefinition;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.RequestOptions;

/**
 * "http-proxy" endpoint connector: forwards the inbound request to the endpoint target
 * declared in the API definition (endpointGroups[].endpoints[].configuration.target).
 */
public class HttpEndpointConnector {

    private final HttpClient client;

    public HttpEndpointConnector(Vertx vertx) {
        this.client = vertx.createHttpClient(new HttpClientOptions()
            .setKeepAlive(true)
            .setConnectTimeout(3000)
            .setMaxPoolSize(100));
    }

    public Future<HttpClientResponse> proxy(ApiDefinition.Endpoint endpoint, HttpServerRequest inbound, String pathRemainder) {
        RequestOptions options = new RequestOptions()
            .setMethod(inbound.method())
            .setAbsoluteURI(endpoint.getTarget() + pathRemainder)
            .setHeaders(inbound.headers());
        return client.request(options).compose(req -> req.send(inbound));
    }
}
