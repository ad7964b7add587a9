package org.apache.skywalking.showcase.services.song;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.test.context.EmbeddedKafka;

@EmbeddedKafka(partitions = 1, topics = "song-plays")
@SpringBootTest(properties = {
    "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
    "spring.activemq.broker-url=vm://embedded?broker.persistent=false"
})
class SongServiceApplicationTests {

    @Test
    void contextLoads() {
    }
}
