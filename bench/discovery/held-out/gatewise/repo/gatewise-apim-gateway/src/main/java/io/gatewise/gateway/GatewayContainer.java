package io.gatewise.gateway;

import io.gatewise.gateway.connector.HttpEndpointConnector;
import io.gatewise.gateway.handler.ApiReactorHandler;
import io.gatewise.gateway.ratelimit.RedisRateLimitRepository;
import io.gatewise.gateway.reporter.ElasticsearchReporter;
import io.gatewise.gateway.repository.mongo.MongoApiRepository;
import io.gatewise.gateway.sync.ApiSyncService;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;

import java.util.Map;

/**
 * Boots the gateway node: loads gatewise.yml, wires repositories, reporters and the HTTP server.
 */
public class GatewayContainer {

    public static void main(String[] args) {
        GatewayConfiguration config = GatewayConfiguration.load(System.getenv("GATEWISE_HOME") + "/config/gatewise.yml");
        Vertx vertx = Vertx.vertx();

        MongoApiRepository apiRepository = new MongoApiRepository(config);
        RedisRateLimitRepository rateLimitRepository = new RedisRateLimitRepository(vertx, config);
        ElasticsearchReporter reporter = new ElasticsearchReporter(vertx, config);
        HttpEndpointConnector connector = new HttpEndpointConnector(vertx);

        ApiReactorHandler handler = new ApiReactorHandler(connector, rateLimitRepository, reporter);
        ApiSyncService sync = new ApiSyncService(vertx, apiRepository, handler, config.getLong("services.sync.delay", 5000L));
        sync.start();
        reporter.start();

        HttpServerOptions options = new HttpServerOptions()
            .setPort(config.getInt("http.port", 8082))
            .setHost(config.getString("http.host", "0.0.0.0"))
            .setTcpKeepAlive(config.getBoolean("http.tcpKeepAlive", true));
        HttpServer server = vertx.createHttpServer(options).requestHandler(handler);
        server.listen().onSuccess(s -> System.out.println("Gatewise gateway listening on " + s.actualPort()));
    }
}
