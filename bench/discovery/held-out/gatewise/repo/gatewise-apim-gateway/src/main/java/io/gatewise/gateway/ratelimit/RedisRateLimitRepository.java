package io.gatewise.gateway.ratelimit;

import io.gatewise.gateway.GatewayConfiguration;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.RedisAPI;
import io.vertx.redis.client.RedisOptions;

import java.util.List;

/**
 * Distributed rate-limit counters (ratelimit.type=redis).
 */
public class RedisRateLimitRepository {

    private static final String KEY_PREFIX = "ratelimit:";
    private final RedisAPI redis;

    public RedisRateLimitRepository(Vertx vertx, GatewayConfiguration config) {
        String host = config.getString("ratelimit.redis.host", "localhost");
        int port = config.getInt("ratelimit.redis.port", 6379);
        String password = config.getString("ratelimit.redis.password", "");
        boolean ssl = config.getBoolean("ratelimit.redis.ssl", false);

        RedisOptions options = new RedisOptions()
            .setConnectionString((ssl ? "rediss://" : "redis://") + host + ":" + port)
            .setMaxPoolSize(16);
        if (!password.isEmpty()) {
            options.setPassword(password);
        }
        this.redis = RedisAPI.api(Redis.createClient(vertx, options));
    }

    public Future<Long> incrementAndGet(String key, long weight, long periodMillis) {
        String redisKey = KEY_PREFIX + key;
        return redis.incrby(redisKey, String.valueOf(weight))
            .compose(count -> redis.pexpire(List.of(redisKey, String.valueOf(periodMillis), "NX"))
                .map(ignored -> count.toLong()));
    }
}
