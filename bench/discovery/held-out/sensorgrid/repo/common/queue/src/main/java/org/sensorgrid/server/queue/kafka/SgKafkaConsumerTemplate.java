/**
 * Copyright © 2016-2026 The SensorGrid Authors
 */
package org.sensorgrid.server.queue.kafka;

import lombok.Builder;
import lombok.extern.slf4j.Slf4j;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.sensorgrid.server.queue.SgQueueMsg;
import org.sensorgrid.server.queue.common.AbstractSgQueueConsumerTemplate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;

@Slf4j
public class SgKafkaConsumerTemplate<T extends SgQueueMsg> extends AbstractSgQueueConsumerTemplate<ConsumerRecord<String, byte[]>, T> {

    private final SgQueueAdmin admin;
    private final KafkaConsumer<String, byte[]> consumer;
    private final SgKafkaDecoder<T> decoder;

    @Builder
    private SgKafkaConsumerTemplate(SgKafkaSettings settings, SgKafkaDecoder<T> decoder,
                                    String clientId, String groupId, String topic,
                                    SgQueueAdmin admin) {
        super(topic);
        Properties props = settings.toConsumerProps(topic);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
        if (groupId != null) {
            props.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        }
        this.admin = admin;
        this.consumer = new KafkaConsumer<>(props);
        this.decoder = decoder;
    }

    @Override
    protected void doSubscribe(List<String> topicNames) {
        if (!topicNames.isEmpty()) {
            topicNames.forEach(admin::createTopicIfNotExists);
            consumer.subscribe(topicNames);
        } else {
            consumer.unsubscribe();
        }
    }

    @Override
    protected List<ConsumerRecord<String, byte[]>> doPoll(long durationInMillis) {
        ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(durationInMillis));
        if (records.isEmpty()) {
            return Collections.emptyList();
        }
        List<ConsumerRecord<String, byte[]>> recordList = new ArrayList<>(256);
        records.forEach(recordList::add);
        return recordList;
    }

    @Override
    public T decode(ConsumerRecord<String, byte[]> record) throws Exception {
        return decoder.decode(new KafkaSgQueueMsg(record));
    }

    @Override
    protected void doCommit() {
        consumer.commitSync();
    }

    @Override
    protected void doUnsubscribe() {
        if (consumer != null) {
            consumer.unsubscribe();
            consumer.close();
        }
    }
}
