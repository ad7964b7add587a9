package io.gatewise.rest.api.service;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import java.net.URI;

/**
 * Queries the request metrics indexed by the gateway's Elasticsearch reporter.
 */
@Service
public class AnalyticsService {

    private final WebClient client;
    private final URI endpoint;
    private final String index;

    public AnalyticsService(@Value("${analytics.elasticsearch.endpoints[0]:http://localhost:9200}") String endpoint,
                            @Value("${analytics.elasticsearch.index:gatewise}") String index) {
        this.client = WebClient.create(Vertx.vertx());
        this.endpoint = URI.create(endpoint);
        this.index = index;
    }

    public Future<JsonObject> hitsByStatus(String apiId, long from, long to) {
        JsonObject query = new JsonObject()
            .put("size", 0)
            .put("query", new JsonObject().put("bool", new JsonObject().put("filter", new JsonArray()
                .add(new JsonObject().put("term", new JsonObject().put("api-id", apiId)))
                .add(new JsonObject().put("range", new JsonObject().put("@timestamp",
                    new JsonObject().put("gte", from).put("lte", to)))))))
            .put("aggs", new JsonObject().put("by_status",
                new JsonObject().put("terms", new JsonObject().put("field", "status"))));

        return client.post(endpoint.getPort(), endpoint.getHost(), "/" + index + "-v4-metrics-*/_search")
            .sendJsonObject(query)
            .map(resp -> resp.bodyAsJsonObject().getJsonObject("aggregations"));
    }
}
