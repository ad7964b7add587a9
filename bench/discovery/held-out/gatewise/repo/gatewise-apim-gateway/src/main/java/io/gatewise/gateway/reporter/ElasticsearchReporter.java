package io.gatewise.gateway.reporter;

import io.gatewise.gateway.GatewayConfiguration;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Buffers request metrics and ships them to Elasticsearch with the _bulk API.
 */
public class ElasticsearchReporter {

    private static final DateTimeFormatter INDEX_DATE = DateTimeFormatter.ofPattern("yyyy.MM.dd");

    private final Vertx vertx;
    private final WebClient client;
    private final List<String> endpoints;
    private final String indexPrefix;
    private final long flushInterval;
    private final boolean enabled;
    private final ConcurrentLinkedQueue<JsonObject> buffer = new ConcurrentLinkedQueue<>();

    public ElasticsearchReporter(Vertx vertx, GatewayConfiguration config) {
        this.vertx = vertx;
        this.enabled = config.getBoolean("reporters.elasticsearch.enabled", true);
        this.endpoints = config.getList("reporters.elasticsearch.endpoints");
        this.indexPrefix = config.getString("reporters.elasticsearch.index", "gatewise");
        this.flushInterval = config.getLong("reporters.elasticsearch.bulk.flush_interval", 5) * 1000;
        this.client = WebClient.create(vertx, new WebClientOptions().setKeepAlive(true));
    }

    public void start() {
        if (enabled) {
            vertx.setPeriodic(flushInterval, id -> flush());
        }
    }

    public void report(JsonObject metrics) {
        if (enabled) {
            buffer.add(metrics);
        }
    }

    private void flush() {
        if (buffer.isEmpty()) {
            return;
        }
        String index = indexPrefix + "-v4-metrics-" + LocalDate.now().format(INDEX_DATE);
        StringBuilder bulk = new StringBuilder();
        JsonObject doc;
        while ((doc = buffer.poll()) != null) {
            bulk.append(new JsonObject().put("index", new JsonObject().put("_index", index)).encode()).append('\n');
            bulk.append(doc.encode()).append('\n');
        }
        URI endpoint = URI.create(endpoints.get(0));
        client.post(endpoint.getPort(), endpoint.getHost(), "/_bulk")
            .putHeader("Content-Type", "application/x-ndjson")
            .sendBuffer(Buffer.buffer(bulk.toString()))
            .onFailure(err -> System.err.println("Unable to index metrics: " + err.getMessage()));
    }
}
