package com.latticeoutfitters.orders.details;

import com.latticeoutfitters.orders.avro.Order;
import com.latticeoutfitters.orders.avro.OrderState;
import com.latticeoutfitters.orders.avro.OrderValidationResult;
import com.latticeoutfitters.orders.avro.Product;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OrderDetailsServiceTest {

  private static Order order(int qty, double price, Product product) {
    return new Order("o-" + qty, 7L, OrderState.CREATED, product, qty, price, null);
  }

  @Test
  void passesSaneOrder() {
    assertThat(OrderDetailsService.validate(order(3, 49.5, Product.CARABINER_SET)).getValidationResult())
        .isEqualTo(OrderValidationResult.PASS);
  }

  @Test
  void failsHugeQuantity() {
    assertThat(OrderDetailsService.validate(order(10_000, 1.0, Product.ROPE_60M)).getValidationResult())
        .isEqualTo(OrderValidationResult.FAIL);
  }

  @Test
  void failsUndefinedProduct() {
    assertThat(OrderDetailsService.validate(order(1, 1.0, Product.UNDEFINED)).getReason())
        .isEqualTo("unknown product");
  }
}
