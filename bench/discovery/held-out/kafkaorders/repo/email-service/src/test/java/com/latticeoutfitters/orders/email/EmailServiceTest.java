package com.latticeoutfitters.orders.email;

import com.latticeoutfitters.orders.avro.Customer;
import com.latticeoutfitters.orders.avro.Order;
import com.latticeoutfitters.orders.avro.OrderNotification;
import com.latticeoutfitters.orders.avro.OrderState;
import com.latticeoutfitters.orders.avro.Payment;
import com.latticeoutfitters.orders.avro.Product;
import com.latticeoutfitters.orders.common.Schemas;
import com.latticeoutfitters.orders.common.Schemas.Topics;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.Test;

import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class EmailServiceTest {

  @Test
  void emailsPaidValidatedOrder() {
    Schemas.configureSerdes("mock://email-test");
    FakeEmailer emailer = new FakeEmailer();
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "email-test");
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "dummy:1234");

    try (TopologyTestDriver driver = new TopologyTestDriver(EmailService.buildTopology(emailer, false), props)) {
      driver.createInputTopic(Topics.CUSTOMERS.name(), Topics.CUSTOMERS.keySerde().serializer(),
              Topics.CUSTOMERS.valueSerde().serializer())
          .pipeInput(5L, new Customer(5L, "Noor", "Haddad", "noor@example.test", null, "gold", null));
      driver.createInputTopic(Topics.ORDERS.name(), Topics.ORDERS.keySerde().serializer(),
              Topics.ORDERS.valueSerde().serializer())
          .pipeInput("o-5", new Order("o-5", 5L, OrderState.VALIDATED, Product.ROPE_60M, 1, 189.0, null));
      driver.createInputTopic(Topics.PAYMENTS.name(), Topics.PAYMENTS.keySerde().serializer(),
              Topics.PAYMENTS.valueSerde().serializer())
          .pipeInput("p-5", new Payment("p-5", "o-5", "EUR", 189.0));

      TestOutputTopic<String, OrderNotification> out = driver.createOutputTopic(Topics.ORDER_NOTIFICATIONS.name(),
          Topics.ORDER_NOTIFICATIONS.keySerde().deserializer(), Topics.ORDER_NOTIFICATIONS.valueSerde().deserializer());

      assertThat(emailer.sent).hasSize(1);
      assertThat(out.readValue().getTier()).isEqualTo("gold");
    }
  }
}
