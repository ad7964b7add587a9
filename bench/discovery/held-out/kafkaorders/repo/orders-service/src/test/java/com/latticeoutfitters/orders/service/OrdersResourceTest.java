package com.latticeoutfitters.orders.service;

import com.latticeoutfitters.orders.avro.Order;
import com.latticeoutfitters.orders.common.Schemas;
import com.latticeoutfitters.orders.common.Schemas.Topics;
import jakarta.ws.rs.container.AsyncResponse;
import org.apache.kafka.clients.producer.MockProducer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OrdersResourceTest {

  private static final HostStoreInfo SELF = new HostStoreInfo("localhost", 8080);
  private MockProducer<String, Order> producer;
  private OrdersResource resource;

  @BeforeEach
  void setUp() {
    Schemas.configureSerdes("mock://orders-resource-test");
    producer = new MockProducer<>(true, Topics.ORDERS.keySerde().serializer(),
        Topics.ORDERS.valueSerde().serializer());
    resource = new OrdersResource(producer, id -> null, id -> SELF, SELF, null, 100, true);
  }

  @Test
  void postWritesToOrdersTopic() {
    OrderDto dto = new OrderDto();
    dto.id = "o-1";
    dto.customerId = 15;
    dto.product = "ROPE_60M";
    dto.quantity = 2;
    dto.price = 189.0;

    List<Object> resumed = new ArrayList<>();
    resource.submitOrder(dto, fakeAsync(resumed));

    assertThat(producer.history()).hasSize(1);
    assertThat(producer.history().get(0).topic()).isEqualTo("orders");
    assertThat(producer.history().get(0).value().getState().name()).isEqualTo("CREATED");
    assertThat(resumed).hasSize(1);
  }

  @Test
  void rejectsZeroQuantity() {
    OrderDto dto = new OrderDto();
    dto.id = "o-2";
    dto.product = "TRAIL_JACKET";
    dto.quantity = 0;
    List<Object> resumed = new ArrayList<>();
    resource.submitOrder(dto, fakeAsync(resumed));
    assertThat(producer.history()).isEmpty();
  }

  private static AsyncResponse fakeAsync(List<Object> sink) {
    return (AsyncResponse) Proxy.newProxyInstance(AsyncResponse.class.getClassLoader(),
        new Class<?>[]{AsyncResponse.class}, (proxy, method, args) -> {
          if (method.getName().equals("resume")) {
            sink.add(args[0]);
            return true;
          }
          return method.getReturnType() == boolean.class ? false : null;
        });
  }
}
