package io.maestroflow.redis.config;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import redis.clients.jedis.JedisPool;
import redis.clients.jedis.JedisPoolConfig;

@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "maestroflow.db.type", havingValue = "redis_standalone")
public class RedisStandaloneConfiguration {

    /** maestroflow.redis.hosts=host:port:rack[;host:port:rack] - only the first host is used in standalone mode. */
    @Bean
    public JedisPool jedisPool(@Value("${maestroflow.redis.hosts}") String hosts,
                               @Value("${maestroflow.redis.maxConnectionsPerHost:10}") int maxConnections,
                               @Value("${maestroflow.redis.password:#{null}}") String password) {
        String[] hostPort = hosts.split(";")[0].split(":");
        JedisPoolConfig config = new JedisPoolConfig();
        config.setMaxTotal(maxConnections);
        return new JedisPool(config, hostPort[0], Integer.parseInt(hostPort[1]), 2000, password);
    }
}
