package io.kestrel.bourse.traders;

import io.kestrel.bourse.portfolio.Portfolio;
import io.kestrel.bourse.portfolio.PortfolioService;
import io.vertx.core.AsyncResult;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.unit.TestContext;
import io.vertx.ext.unit.junit.VertxUnitRunner;
import org.junit.Test;
import org.junit.runner.RunWith;

import java.util.concurrent.atomic.AtomicInteger;

@RunWith(VertxUnitRunner.class)
public class TraderUtilsTest {

  /** In-memory fake: never touches the event bus. */
  static class FakePortfolioService implements PortfolioService {
    final AtomicInteger calls = new AtomicInteger();

    @Override
    public void getPortfolio(Handler<AsyncResult<Portfolio>> h) {
      h.handle(Future.succeededFuture(new Portfolio()));
    }

    @Override
    public void buy(int amount, JsonObject quote, Handler<AsyncResult<Portfolio>> h) {
      calls.incrementAndGet();
      h.handle(Future.succeededFuture(new Portfolio()));
    }

    @Override
    public void sell(int amount, JsonObject quote, Handler<AsyncResult<Portfolio>> h) {
      calls.incrementAndGet();
      h.handle(Future.failedFuture("nothing to sell"));
    }

    @Override
    public void evaluate(Handler<AsyncResult<Double>> h) {
      h.handle(Future.succeededFuture(0.0));
    }
  }

  @Test
  public void tradesOnlyItsCompany(TestContext tc) {
    FakePortfolioService fake = new FakePortfolioService();
    TraderUtils.dumbTradingLogic("Lumen Cells", 3, fake, new JsonObject().put("name", "Pelican Freight"));
    tc.assertEquals(0, fake.calls.get());
    TraderUtils.dumbTradingLogic("Lumen Cells", 3, fake, new JsonObject().put("name", "Lumen Cells"));
    tc.assertEquals(1, fake.calls.get());
  }
}
