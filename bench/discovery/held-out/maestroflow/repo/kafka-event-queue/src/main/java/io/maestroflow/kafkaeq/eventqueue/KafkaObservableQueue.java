package io.maestroflow.kafkaeq.eventqueue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import io.maestroflow.core.events.queue.ObservableQueue.Message;
import io.maestroflow.core.events.queue.ObservableQueue;
import rx.Observable;

public class KafkaObservableQueue implements ObservableQueue {

    private final String topic;
    private final KafkaConsumer<String, String> consumer;
    private final KafkaProducer<String, String> producer;
    private final Duration pollTime;

    public KafkaObservableQueue(String topic, String bootstrapServers, String groupId, Duration pollTime) {
        this.topic = topic;
        this.pollTime = pollTime;
        Properties c = new Properties();
        c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        c.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        c.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        c.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        this.consumer = new KafkaConsumer<>(c);
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        this.producer = new KafkaProducer<>(p);
    }

    @Override
    public void start() {
        consumer.subscribe(List.of(topic));
    }

    @Override
    public Observable<Message> observe() {
        return Observable.interval(pollTime.toMillis(), TimeUnit.MILLISECONDS).flatMap(t -> {
            List<Message> messages = new ArrayList<>();
            for (ConsumerRecord<String, String> r : consumer.poll(pollTime)) {
                messages.add(new Message(r.key(), r.value(), null));
            }
            return Observable.from(messages);
        });
    }

    @Override
    public List<String> ack(List<Message> messages) {
        consumer.commitSync();
        return messages.stream().map(Message::getId).toList();
    }

    @Override
    public void publish(List<Message> messages) {
        messages.forEach(m -> producer.send(new ProducerRecord<>(topic, m.getId(), m.getPayload())));
    }

    @Override
    public long size() { return -1; }

    @Override
    public String getType() { return "kafka"; }

    @Override
    public String getName() { return topic; }

    @Override
    public String getURI() { return topic; }
}
