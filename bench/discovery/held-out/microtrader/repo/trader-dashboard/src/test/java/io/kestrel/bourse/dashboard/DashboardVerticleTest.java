package io.kestrel.bourse.dashboard;

import io.kestrel.bourse.common.Addresses;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.codec.BodyCodec;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import io.vertx.servicediscovery.ServiceDiscovery;
import io.vertx.servicediscovery.types.HttpEndpoint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.junit.jupiter.api.Assertions.assertEquals;

@ExtendWith(VertxExtension.class)
class DashboardVerticleTest {

  @BeforeEach
  void setUp(Vertx vertx, VertxTestContext ctx) {
    // Stub audit service on localhost:18083, registered under the "audit" record.
    vertx.createHttpServer()
        .requestHandler(req -> req.response().end(new JsonArray().add(new JsonObject().put("action", "SELL")).encode()))
        .listen(18083)
        .compose(s -> ServiceDiscovery.create(vertx)
            .publish(HttpEndpoint.createRecord(Addresses.AUDIT_RECORD, "localhost", 18083, "/")))
        .compose(r -> vertx.deployVerticle(new DashboardVerticle(),
            new DeploymentOptions().setConfig(new JsonObject().put("http.port", 18080))))
        .onComplete(ctx.succeedingThenComplete());
  }

  @Test
  void operationsAreProxiedToAudit(Vertx vertx, VertxTestContext ctx) {
    WebClient.create(vertx).get(18080, "localhost", "/operations")
        .as(BodyCodec.jsonArray())
        .send(ctx.succeeding(resp -> ctx.verify(() -> {
          assertEquals("SELL", resp.body().getJsonObject(0).getString("action"));
          ctx.completeNow();
        })));
  }
}
