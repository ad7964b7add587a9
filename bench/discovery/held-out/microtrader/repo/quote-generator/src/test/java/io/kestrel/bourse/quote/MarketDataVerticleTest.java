package io.kestrel.bourse.quote;

import io.kestrel.bourse.common.Addresses;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.unit.Async;
import io.vertx.ext.unit.TestContext;
import io.vertx.ext.unit.junit.VertxUnitRunner;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

@RunWith(VertxUnitRunner.class)
public class MarketDataVerticleTest {

  private Vertx vertx;

  @Before
  public void setUp(TestContext tc) {
    vertx = Vertx.vertx();
    JsonObject conf = new JsonObject()
        .put("period", 100L)
        .put("http.port", 18081)
        .put("companies", new io.vertx.core.json.JsonArray()
            .add(new JsonObject().put("name", "Test Corp").put("symbol", "TST")
                .put("volume", 100).put("price", 10.0).put("variation", 10)));
    vertx.deployVerticle(GeneratorConfigVerticle.class.getName(),
        new DeploymentOptions().setConfig(conf), tc.asyncAssertSuccess());
  }

  @After
  public void tearDown(TestContext tc) {
    vertx.close(tc.asyncAssertSuccess());
  }

  @Test
  public void quotesArePublishedOnMarket(TestContext tc) {
    Async async = tc.async();
    vertx.eventBus().<JsonObject>consumer(Addresses.MARKET_DATA, msg -> {
      tc.assertEquals("Test Corp", msg.body().getString("name"));
      async.complete();
    });
  }

  @Test
  public void restApiServesQuotes(TestContext tc) {
    Async async = tc.async();
    vertx.setTimer(500, t -> vertx.createHttpClient()
        .request(io.vertx.core.http.HttpMethod.GET, 18081, "localhost", "/?name=Test%20Corp")
        .compose(req -> req.send())
        .onComplete(tc.asyncAssertSuccess(resp -> {
          tc.assertEquals(200, resp.statusCode());
          async.complete();
        })));
  }
}
