package io.kestrel.bourse.audit;

import io.kestrel.bourse.common.Addresses;
import io.kestrel.bourse.common.MicroServiceVerticle;
import io.vertx.config.ConfigRetriever;
import io.vertx.config.ConfigRetrieverOptions;
import io.vertx.config.ConfigStoreOptions;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.core.logging.Logger;
import io.vertx.core.logging.LoggerFactory;
import io.vertx.ext.healthchecks.HealthCheckHandler;
import io.vertx.ext.healthchecks.Status;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.jdbcclient.JDBCConnectOptions;
import io.vertx.jdbcclient.JDBCPool;
import io.vertx.micrometer.PrometheusScrapingHandler;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;

/**
 * Records every portfolio operation (consumed from the {@code portfolio} address) in the
 * audit database and serves the last ten operations over REST.
 */
public class AuditVerticle extends MicroServiceVerticle {

  private static final Logger LOG = LoggerFactory.getLogger(AuditVerticle.class);

  static final String DROP_STATEMENT = "DROP TABLE IF EXISTS audit_operation";
  static final String CREATE_STATEMENT = "CREATE TABLE IF NOT EXISTS audit_operation "
      + "(id SERIAL PRIMARY KEY, operation VARCHAR(4096) NOT NULL, recorded_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP)";
  static final String INSERT_STATEMENT = "INSERT INTO audit_operation (operation) VALUES (?)";
  static final String SELECT_STATEMENT = "SELECT id, operation FROM audit_operation ORDER BY id DESC LIMIT 10";

  private JDBCPool pool;

  @Override
  public void start(Promise<Void> startPromise) {
    super.start();

    retrieveConfig()
        .compose(conf -> {
          pool = createPool(conf.getJsonObject("jdbc"));
          return initializeDatabase(conf.getBoolean("drop.on.start", false))
              .compose(v -> retrieveThePortfolioMessageSource())
              .compose(consumer -> {
                consumer.handler(msg -> storeInDatabase(msg.body()));
                return configureTheHTTPServer(conf);
              })
              .compose(port -> publishHttpEndpoint(Addresses.AUDIT_RECORD,
                  System.getenv().getOrDefault("HTTP_HOST", conf.getString("http.host", "localhost")), port));
        })
        .onComplete(startPromise);
  }

  /** conf/config.json for dev, VERTX_CONFIG_PATH in containers, env vars win. */
  private Future<JsonObject> retrieveConfig() {
    ConfigRetrieverOptions options = new ConfigRetrieverOptions()
        .addStore(new ConfigStoreOptions().setType("json").setConfig(config()))
        .addStore(new ConfigStoreOptions().setType("file").setOptional(true)
            .setConfig(new JsonObject().put("path",
                System.getenv().getOrDefault("VERTX_CONFIG_PATH", "conf/config.json"))))
        .addStore(new ConfigStoreOptions().setType("env")
            .setConfig(new JsonObject().put("keys",
                new JsonArray().add("AUDIT_DB_URL").add("AUDIT_DB_USER").add("AUDIT_DB_PASSWORD"))));
    return ConfigRetriever.create(vertx, options).getConfig().map(conf -> {
      JsonObject jdbc = conf.getJsonObject("jdbc", new JsonObject()).copy();
      if (conf.containsKey("AUDIT_DB_URL")) {
        jdbc.put("jdbcUrl", conf.getString("AUDIT_DB_URL"));
        jdbc.put("driverClassName", "org.postgresql.Driver");
      }
      if (conf.containsKey("AUDIT_DB_USER")) {
        jdbc.put("username", conf.getString("AUDIT_DB_USER"));
      }
      if (conf.containsKey("AUDIT_DB_PASSWORD")) {
        jdbc.put("password", conf.getString("AUDIT_DB_PASSWORD"));
      }
      return conf.put("jdbc", jdbc);
    });
  }

  private JDBCPool createPool(JsonObject jdbc) {
    return JDBCPool.pool(vertx,
        new JDBCConnectOptions()
            .setJdbcUrl(jdbc.getString("jdbcUrl"))
            .setUser(jdbc.getString("username"))
            .setPassword(jdbc.getString("password")),
        new PoolOptions().setMaxSize(jdbc.getInteger("maxSize", 5)));
  }

  private Future<Void> initializeDatabase(boolean drop) {
    Future<?> dropped = drop ? pool.query(DROP_STATEMENT).execute() : Future.succeededFuture();
    return dropped.compose(v -> pool.query(CREATE_STATEMENT).execute()).mapEmpty();
  }

  private Future<MessageConsumer<JsonObject>> retrieveThePortfolioMessageSource() {
    // The portfolio-service publishes a MessageSource record for this address; we subscribe
    // directly so the audit keeps working while the portfolio service restarts.
    // return MessageSource.getConsumer(discovery, new JsonObject().put("name", Addresses.PORTFOLIO_EVENTS_RECORD));
    return Future.succeededFuture(vertx.eventBus().consumer(Addresses.PORTFOLIO_EVENTS));
  }

  private void storeInDatabase(JsonObject operation) {
    pool.preparedQuery(INSERT_STATEMENT)
        .execute(Tuple.of(operation.encode()))
        .onFailure(err -> LOG.error("Unable to store audit operation", err));
  }

  private Future<Integer> configureTheHTTPServer(JsonObject conf) {
    Router router = Router.router(vertx);
    router.get("/").handler(this::retrieveOperations);
    router.get("/health").handler(HealthCheckHandler.create(vertx)
        .register("database", p -> pool.query("SELECT 1").execute()
            .onComplete(ar -> p.complete(ar.succeeded() ? Status.OK() : Status.KO()))));
    router.get("/metrics").handler(PrometheusScrapingHandler.create());

    int port = conf.getInteger("http.port", 8082);
    return vertx.createHttpServer().requestHandler(router).listen(port).map(server -> server.actualPort());
  }

  private void retrieveOperations(RoutingContext ctx) {
    pool.query(SELECT_STATEMENT).execute()
        .onSuccess(rows -> {
          JsonArray array = new JsonArray();
          for (Row row : rows) {
            array.add(new JsonObject(row.getString("operation")));
          }
          ctx.response().putHeader("content-type", "application/json").end(array.encode());
        })
        .onFailure(ctx::fail);
  }

  @Override
  public void stop(Promise<Void> stopPromise) {
    if (pool != null) {
      pool.close();
    }
    super.stop(stopPromise);
  }
}
