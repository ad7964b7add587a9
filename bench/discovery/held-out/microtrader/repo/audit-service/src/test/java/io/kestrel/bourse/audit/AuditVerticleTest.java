package io.kestrel.bourse.audit;

import io.kestrel.bourse.common.Addresses;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.codec.BodyCodec;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.junit.jupiter.api.Assertions.assertEquals;

@ExtendWith(VertxExtension.class)
class AuditVerticleTest {

  private static final int PORT = 18082;

  @BeforeEach
  void deploy(Vertx vertx, VertxTestContext ctx) {
    JsonObject conf = new JsonObject()
        .put("http.port", PORT)
        .put("drop.on.start", true)
        .put("jdbc", new JsonObject()
            .put("jdbcUrl", "jdbc:hsqldb:mem:audit-test?shutdown=true")
            .put("driverClassName", "org.hsqldb.jdbcDriver")
            .put("username", "SA").put("password", ""));
    vertx.deployVerticle(new AuditVerticle(), new DeploymentOptions().setConfig(conf),
        ctx.succeedingThenComplete());
  }

  @Test
  void operationsAreStoredAndServed(Vertx vertx, VertxTestContext ctx) {
    vertx.eventBus().publish(Addresses.PORTFOLIO_EVENTS, new JsonObject()
        .put("action", "BUY").put("amount", 3)
        .put("quote", new JsonObject().put("name", "Pelican Freight")));

    vertx.setTimer(500, t -> WebClient.create(vertx)
        .get(PORT, "localhost", "/")
        .as(BodyCodec.jsonArray())
        .send(ctx.succeeding(resp -> ctx.verify(() -> {
          JsonArray body = resp.body();
          assertEquals(1, body.size());
          assertEquals("BUY", body.getJsonObject(0).getString("action"));
          ctx.completeNow();
        }))));
  }
}
