package io.gatewise.gateway.handler;

import io.gatewise.gateway.connector.HttpEndpointConnector;
import io.gatewise.gateway.model.ApiDefinition;
import io.gatewise.gateway.policy.ApiKeyPolicy;
import io.gatewise.gateway.ratelimit.RedisRateLimitRepository;
import io.gatewise.gateway.reporter.ElasticsearchReporter;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

public class ApiReactorHandler implements Handler<HttpServerRequest> {

    private final Map<String, ApiDefinition> byContextPath = new ConcurrentHashMap<>();
    private final HttpEndpointConnector connector;
    private final RedisRateLimitRepository rateLimits;
    private final ElasticsearchReporter reporter;
    private final ApiKeyPolicy apiKeyPolicy = new ApiKeyPolicy();

    public ApiReactorHandler(HttpEndpointConnector connector, RedisRateLimitRepository rateLimits, ElasticsearchReporter reporter) {
        this.connector = connector;
        this.rateLimits = rateLimits;
        this.reporter = reporter;
    }

    public void deploy(ApiDefinition api) {
        api.getContextPaths().forEach(p -> byContextPath.put(p, api));
    }

    public void undeploy(String apiId) {
        byContextPath.values().removeIf(a -> a.getId().equals(apiId));
    }

    @Override
    public void handle(HttpServerRequest request) {
        long start = System.currentTimeMillis();
        ApiDefinition api = byContextPath.entrySet().stream()
            .filter(e -> request.path().startsWith(e.getKey()))
            .map(Map.Entry::getValue)
            .findFirst().orElse(null);
        if (api == null) {
            request.response().setStatusCode(404).end("No context-path matches the request URI.");
            return;
        }
        if (api.requiresApiKey() && !apiKeyPolicy.accept(request)) {
            request.response().setStatusCode(401).end();
            return;
        }
        String remainder = request.path().substring(api.getContextPaths().get(0).length() - 1);
        rateLimits.incrementAndGet(api.getId(), 1, 60_000)
            .compose(count -> connector.proxy(api.nextEndpoint(), request, remainder))
            .onSuccess(resp -> {
                request.response().setStatusCode(resp.statusCode());
                resp.pipeTo(request.response());
                reporter.report(new JsonObject()
                    .put("api-id", api.getId())
                    .put("status", resp.statusCode())
                    .put("gateway-response-time-ms", System.currentTimeMillis() - start));
            })
            .onFailure(err -> request.response().setStatusCode(502).end());
    }
}
