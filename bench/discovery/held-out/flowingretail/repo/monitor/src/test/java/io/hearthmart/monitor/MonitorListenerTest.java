package io.hearthmart.monitor;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.context.EmbeddedKafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest(properties = {
    "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
    "spring.kafka.consumer.auto-offset-reset=earliest"})
@EmbeddedKafka(topics = MonitorTopics.ALL, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
class MonitorListenerTest {

  @Autowired
  private KafkaTemplate<String, String> kafka;

  @Autowired
  private PastEventStore store;

  @Test
  void storesEveryMessage() {
    kafka.send(MonitorTopics.ALL, "{\"type\":\"OrderPlacedEvent\",\"traceid\":\"abc\"}");
    await().untilAsserted(() -> assertThat(store.all()).containsKey("abc"));
  }
}
