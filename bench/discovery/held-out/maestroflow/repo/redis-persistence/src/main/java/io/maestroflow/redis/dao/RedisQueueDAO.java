package io.maestroflow.redis.dao;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import io.maestroflow.dao.QueueDAO;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPool;

/** Sorted-set backed task queues; score = delivery time. */
@Component
@ConditionalOnProperty(name = "maestroflow.queue.type", havingValue = "redis_standalone")
public class RedisQueueDAO implements QueueDAO {

    private final JedisPool jedisPool;
    private final String prefix;

    public RedisQueueDAO(JedisPool jedisPool,
                         @Value("${maestroflow.redis.queueNamespacePrefix:maestroflow_queues}") String prefix) {
        this.jedisPool = jedisPool;
        this.prefix = prefix;
    }

    private String key(String queueName) {
        return prefix + "." + queueName;
    }

    @Override
    public void push(String queueName, String id, int priority, long offsetTimeInSecond) {
        try (Jedis jedis = jedisPool.getResource()) {
            double score = System.currentTimeMillis() + offsetTimeInSecond * 1000 + priority;
            jedis.zadd(key(queueName), score, id);
        }
    }

    @Override
    public List<String> pop(String queueName, int count, int timeout) {
        List<String> ids = new ArrayList<>();
        try (Jedis jedis = jedisPool.getResource()) {
            for (String id : jedis.zrangeByScore(key(queueName), 0, System.currentTimeMillis(), 0, count)) {
                jedis.zadd(key(queueName) + ".unacks", System.currentTimeMillis() + 60_000, id);
                jedis.zrem(key(queueName), id);
                ids.add(id);
            }
        }
        return ids;
    }

    @Override
    public boolean ack(String queueName, String id) {
        try (Jedis jedis = jedisPool.getResource()) {
            return jedis.zrem(key(queueName) + ".unacks", id) > 0;
        }
    }

    @Override
    public void remove(String queueName, String messageId) {
        try (Jedis jedis = jedisPool.getResource()) {
            jedis.zrem(key(queueName), messageId);
        }
    }

    @Override
    public long getSize(String queueName) {
        try (Jedis jedis = jedisPool.getResource()) {
            return jedis.zcard(key(queueName));
        }
    }

    @Override
    public boolean setUnackTimeout(String queueName, String id, long unackTimeout) {
        try (Jedis jedis = jedisPool.getResource()) {
            return jedis.zadd(key(queueName) + ".unacks", System.currentTimeMillis() + unackTimeout, id) >= 0;
        }
    }
}
