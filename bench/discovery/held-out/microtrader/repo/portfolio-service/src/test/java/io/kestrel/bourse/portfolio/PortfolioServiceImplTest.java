package io.kestrel.bourse.portfolio.impl;

import io.kestrel.bourse.common.Addresses;
import io.kestrel.bourse.portfolio.Portfolio;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import io.vertx.servicediscovery.ServiceDiscovery;
import io.vertx.servicediscovery.types.HttpEndpoint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.anyDouble;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

@ExtendWith(VertxExtension.class)
class PortfolioServiceImplTest {

  private PortfolioServiceImpl service;
  private ServiceDiscovery discovery;

  private final JsonObject quote = new JsonObject()
      .put("name", "Lumen Cells").put("symbol", "LUMC")
      .put("ask", 10.0).put("bid", 9.0).put("shares", 100);

  @BeforeEach
  void setUp(Vertx vertx, VertxTestContext ctx) {
    discovery = ServiceDiscovery.create(vertx);
    CurrencyClient currency = mock(CurrencyClient.class);
    when(currency.convert(anyDouble())).thenAnswer(inv -> Future.succeededFuture(inv.getArgument(0)));
    service = new PortfolioServiceImpl(vertx, discovery, currency, 1000.0);

    // Fake quotes endpoint on a local port.
    vertx.createHttpServer()
        .requestHandler(req -> req.response().end(quote.encode()))
        .listen(18090)
        .compose(s -> discovery.publish(HttpEndpoint.createRecord(Addresses.QUOTES_RECORD, "localhost", 18090, "/")))
        .onComplete(ctx.succeedingThenComplete());
  }

  @Test
  void buyPublishesPortfolioEvent(Vertx vertx, VertxTestContext ctx) {
    vertx.eventBus().<JsonObject>consumer(Addresses.PORTFOLIO_EVENTS, msg -> ctx.verify(() -> {
      assertEquals("BUY", msg.body().getString("action"));
      ctx.completeNow();
    }));
    service.buy(10, quote, ar -> {
      Portfolio p = ar.result();
      ctx.verify(() -> assertEquals(900.0, p.getCash()));
    });
  }

  @Test
  void evaluateUsesQuotes(VertxTestContext ctx) {
    service.buy(10, quote, ar -> service.evaluate(ctx.succeeding(value -> ctx.verify(() -> {
      assertEquals(90.0, value);
      ctx.completeNow();
    }))));
  }
}
