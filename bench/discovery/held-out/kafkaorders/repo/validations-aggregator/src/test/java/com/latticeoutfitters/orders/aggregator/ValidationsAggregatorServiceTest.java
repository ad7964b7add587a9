package com.latticeoutfitters.orders.aggregator;

import com.latticeoutfitters.orders.avro.Order;
import com.latticeoutfitters.orders.avro.OrderState;
import com.latticeoutfitters.orders.avro.OrderValidation;
import com.latticeoutfitters.orders.avro.OrderValidationResult;
import com.latticeoutfitters.orders.avro.OrderValidationType;
import com.latticeoutfitters.orders.avro.Product;
import com.latticeoutfitters.orders.common.Schemas;
import com.latticeoutfitters.orders.common.Schemas.Topics;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.Test;

import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class ValidationsAggregatorServiceTest {

  @Test
  void oneFailureFailsTheOrder() {
    Schemas.configureSerdes("mock://aggregator-test");
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "aggregator-test");
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "dummy:1234");

    try (TopologyTestDriver driver = new TopologyTestDriver(ValidationsAggregatorService.buildTopology(), props)) {
      TestInputTopic<String, Order> orders = driver.createInputTopic(Topics.ORDERS.name(),
          Topics.ORDERS.keySerde().serializer(), Topics.ORDERS.valueSerde().serializer());
      TestInputTopic<String, OrderValidation> validations = driver.createInputTopic(Topics.ORDER_VALIDATIONS.name(),
          Topics.ORDER_VALIDATIONS.keySerde().serializer(), Topics.ORDER_VALIDATIONS.valueSerde().serializer());
      TestOutputTopic<String, Order> out = driver.createOutputTopic(Topics.ORDERS.name(),
          Topics.ORDERS.keySerde().deserializer(), Topics.ORDERS.valueSerde().deserializer());

      orders.pipeInput("o-1", new Order("o-1", 3L, OrderState.CREATED, Product.TRAIL_JACKET, 1, 240.0, null));
      validations.pipeInput("o-1", new OrderValidation("o-1", OrderValidationType.FRAUD_CHECK,
          OrderValidationResult.FAIL, "test"));

      assertThat(out.readValuesToList())
          .extracting(Order::getState)
          .contains(OrderState.FAILED);
    }
  }
}
