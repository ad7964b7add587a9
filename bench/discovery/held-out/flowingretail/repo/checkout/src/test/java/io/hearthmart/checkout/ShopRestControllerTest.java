package io.hearthmart.checkout;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}")
@EmbeddedKafka(partitions = 1, topics = "hearthmart")
class ShopRestControllerTest {

  @Autowired
  private TestRestTemplate rest;

  @Autowired
  private EmbeddedKafkaBroker broker;

  @Test
  void placingAnOrderPublishesOrderPlacedEvent() {
    rest.put("/api/cart/order?customerId=0815&amount=2", null);

    Map<String, Object> props = KafkaTestUtils.consumerProps("checkout-test", "true", broker);
    Consumer<String, String> consumer = new DefaultKafkaConsumerFactory<>(props,
        new StringDeserializer(), new StringDeserializer()).createConsumer();
    broker.consumeFromAnEmbeddedTopic(consumer, "hearthmart");

    ConsumerRecord<String, String> record = KafkaTestUtils.getSingleRecord(consumer, "hearthmart");
    assertThat(record.value()).contains("\"type\":\"OrderPlacedEvent\"");
  }
}
