package org.apache.skywalking.showcase.services.song.kafka;

import lombok.extern.slf4j.Slf4j;
import org.apache.skywalking.showcase.services.song.entity.Song;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

@Slf4j
@Component
public class SongPlayPublisher {
    private final KafkaTemplate<String, String> kafkaTemplate;
    private final String topic;

    public SongPlayPublisher(KafkaTemplate<String, String> kafkaTemplate,
                             @Value("${songbook.plays-topic}") String topic) {
        this.kafkaTemplate = kafkaTemplate;
        this.topic = topic;
    }

    public void publish(Song song) {
        String payload = String.format("{\"songId\":%d,\"genre\":\"%s\",\"ts\":%d}",
                                       song.getId(), song.getGenre(), System.currentTimeMillis());
        kafkaTemplate.send(topic, String.valueOf(song.getId()), payload)
                     .addCallback(
                         r -> log.debug("play event sent for {}", song.getId()),
                         e -> log.warn("failed to send play event", e));
    }
}
