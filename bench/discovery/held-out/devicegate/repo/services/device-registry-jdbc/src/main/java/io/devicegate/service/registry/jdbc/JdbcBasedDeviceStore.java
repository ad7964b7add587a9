package io.devicegate.service.registry.jdbc;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.jdbcclient.JDBCConnectOptions;
import io.vertx.jdbcclient.JDBCPool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;

/** Reads devices from the "devicegate_devices" table (PostgreSQL or H2). */
public class JdbcBasedDeviceStore {

    private final JDBCPool pool;

    public JdbcBasedDeviceStore(final Vertx vertx, final String url, final String user, final String password) {
        this.pool = JDBCPool.pool(vertx, new JDBCConnectOptions().setJdbcUrl(url).setUser(user).setPassword(password),
                new PoolOptions().setMaxSize(10));
    }

    public Future<JsonObject> readDevice(final String tenantId, final String deviceId) {
        return pool.preparedQuery("SELECT data FROM devicegate_devices WHERE tenant_id = ? AND device_id = ?")
                .execute(Tuple.of(tenantId, deviceId))
                .map(rows -> {
                    final var it = rows.iterator();
                    return it.hasNext() ? new JsonObject(((Row) it.next()).getString("data")) : null;
                });
    }
}
