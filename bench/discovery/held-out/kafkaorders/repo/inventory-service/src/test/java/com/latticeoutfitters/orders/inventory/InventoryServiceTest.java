package com.latticeoutfitters.orders.inventory;

import com.latticeoutfitters.orders.avro.Order;
import com.latticeoutfitters.orders.avro.OrderState;
import com.latticeoutfitters.orders.avro.OrderValidation;
import com.latticeoutfitters.orders.avro.OrderValidationResult;
import com.latticeoutfitters.orders.avro.Product;
import com.latticeoutfitters.orders.common.Schemas;
import com.latticeoutfitters.orders.common.Schemas.Topics;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class InventoryServiceTest {

  private TopologyTestDriver driver;

  @BeforeEach
  void setUp() {
    // mock:// scope keeps the Avro serdes off any real schema registry
    Schemas.configureSerdes("mock://inventory-test");
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "inventory-test");
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "dummy:1234");
    driver = new TopologyTestDriver(InventoryService.buildTopology(), props);
  }

  @AfterEach
  void tearDown() {
    driver.close();
  }

  @Test
  void secondOrderFailsWhenStockIsReserved() {
    TestInputTopic<Product, Integer> stock = driver.createInputTopic(Topics.WAREHOUSE_INVENTORY.name(),
        Topics.WAREHOUSE_INVENTORY.keySerde().serializer(), Topics.WAREHOUSE_INVENTORY.valueSerde().serializer());
    TestInputTopic<String, Order> orders = driver.createInputTopic(Topics.ORDERS.name(),
        Topics.ORDERS.keySerde().serializer(), Topics.ORDERS.valueSerde().serializer());
    TestOutputTopic<String, OrderValidation> out = driver.createOutputTopic(Topics.ORDER_VALIDATIONS.name(),
        Topics.ORDER_VALIDATIONS.keySerde().deserializer(), Topics.ORDER_VALIDATIONS.valueSerde().deserializer());

    stock.pipeInput(Product.ROPE_60M, 3);
    orders.pipeInput("a", new Order("a", 1L, OrderState.CREATED, Product.ROPE_60M, 2, 120.0, null));
    orders.pipeInput("b", new Order("b", 2L, OrderState.CREATED, Product.ROPE_60M, 2, 120.0, null));

    List<OrderValidation> results = out.readValuesToList();
    assertThat(results).extracting(OrderValidation::getValidationResult)
        .containsExactly(OrderValidationResult.PASS, OrderValidationResult.FAIL);
  }
}
