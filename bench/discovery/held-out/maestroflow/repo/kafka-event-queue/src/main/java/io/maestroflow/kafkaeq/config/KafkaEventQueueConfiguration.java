package io.maestroflow.kafkaeq.config;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.maestroflow.core.events.EventQueueProvider;
import io.maestroflow.core.events.queue.ObservableQueue;
import io.maestroflow.kafkaeq.eventqueue.KafkaObservableQueue;

@Configuration
@ConditionalOnProperty(name = "maestroflow.event-queues.kafka.enabled", havingValue = "true")
public class KafkaEventQueueConfiguration {

    @Bean
    public EventQueueProvider kafkaEventQueueProvider(
            @Value("${maestroflow.event-queues.kafka.bootstrap-servers:localhost:9092}") String bootstrapServers,
            @Value("${maestroflow.event-queues.kafka.group-id:maestroflow-event-queue}") String groupId,
            @Value("${maestroflow.event-queues.kafka.poll-time-duration:100ms}") Duration pollTime) {
        return new EventQueueProvider() {
            @Override
            public String getQueueType() {
                return "kafka";
            }

            @Override
            public ObservableQueue getQueue(String topic) {
                return new KafkaObservableQueue(topic, bootstrapServers, groupId, pollTime);
            }
        };
    }
}
