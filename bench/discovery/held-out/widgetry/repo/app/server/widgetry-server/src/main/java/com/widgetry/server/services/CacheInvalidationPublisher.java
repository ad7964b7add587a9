package com.widgetry.server.services;

import lombok.extern.slf4j.Slf4j;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.redis.core.ReactiveRedisTemplate;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.ReactiveRedisMessageListenerContainer;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps the in-memory feature-flag/tenant cache of every server replica in sync through a Redis channel.
 */
@Slf4j
@Service
public class CacheInvalidationPublisher {

    private final ReactiveRedisTemplate<String, String> redisTemplate;
    private final ReactiveRedisMessageListenerContainer listenerContainer;
    private final ChannelTopic topic;
    private final Map<String, Object> localCache = new ConcurrentHashMap<>();

    public CacheInvalidationPublisher(
            ReactiveRedisTemplate<String, String> redisTemplate,
            ReactiveRedisMessageListenerContainer listenerContainer,
            ChannelTopic cacheInvalidationTopic) {
        this.redisTemplate = redisTemplate;
        this.listenerContainer = listenerContainer;
        this.topic = cacheInvalidationTopic;
    }

    public Mono<Long> evict(String cacheKey) {
        localCache.remove(cacheKey);
        return redisTemplate.convertAndSend(topic.getTopic(), cacheKey);
    }

    public Mono<Boolean> putShared(String key, String value) {
        return redisTemplate.opsForValue().set("widgetry:cache:" + key, value);
    }

    @EventListener(ContextRefreshedEvent.class)
    public void subscribe() {
        listenerContainer.receive(topic)
                .doOnNext(msg -> {
                    log.debug("Evicting {} on cache-invalidation message", msg.getMessage());
                    localCache.remove(msg.getMessage());
                })
                .subscribe();
    }
}
