/**
 * Copyright © 2016-2026 The SensorGrid Authors
 */
package org.sensorgrid.server.queue.kafka;

import lombok.Builder;
import lombok.Getter;
import lombok.extern.slf4j.Slf4j;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.sensorgrid.server.queue.SgQueueCallback;
import org.sensorgrid.server.queue.SgQueueMsg;
import org.sensorgrid.server.queue.SgQueueProducer;

import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

@Slf4j
public class SgKafkaProducerTemplate<T extends SgQueueMsg> implements SgQueueProducer<T> {

    private final KafkaProducer<String, byte[]> producer;

    @Getter
    private final String defaultTopic;

    @Getter
    private final SgKafkaSettings settings;

    private final SgQueueAdmin admin;
    private final Set<String> topics;

    @Builder
    private SgKafkaProducerTemplate(SgKafkaSettings settings, String defaultTopic, String clientId, SgQueueAdmin admin) {
        Properties props = settings.toProducerProps();
        if (clientId != null) {
            props.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        }
        this.settings = settings;
        this.producer = new KafkaProducer<>(props);
        this.defaultTopic = defaultTopic;
        this.admin = admin;
        this.topics = ConcurrentHashMap.newKeySet();
    }

    @Override
    public void init() {
    }

    @Override
    public void send(String topic, T msg, SgQueueCallback callback) {
        createTopicIfNotExist(topic);
        String key = msg.getKey().toString();
        byte[] data = msg.getData();
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, null, key, data);
        producer.send(record, (metadata, exception) -> {
            if (exception == null) {
                if (callback != null) {
                    callback.onSuccess(null);
                }
            } else {
                if (callback != null) {
                    callback.onFailure(exception);
                } else {
                    log.warn("Producer template failure: {}", exception.getMessage(), exception);
                }
            }
        });
    }

    private void createTopicIfNotExist(String topic) {
        if (topics.contains(topic)) {
            return;
        }
        admin.createTopicIfNotExists(topic);
        topics.add(topic);
    }

    @Override
    public void stop() {
        if (producer != null) {
            producer.close();
        }
    }
}
