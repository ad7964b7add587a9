package com.latticeoutfitters.orders.fraud;

import com.latticeoutfitters.orders.avro.Order;
import com.latticeoutfitters.orders.avro.OrderState;
import com.latticeoutfitters.orders.avro.OrderValidationResult;
import com.latticeoutfitters.orders.avro.Product;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FraudServiceTest {

  private final Order order = new Order("o-9", 42L, OrderState.CREATED, Product.ALPINE_BOOTS, 1, 320.0, null);

  @Test
  void underLimitPasses() {
    assertThat(FraudService.toValidation(order, 640.0, 2000.0).getValidationResult())
        .isEqualTo(OrderValidationResult.PASS);
  }

  @Test
  void atLimitFails() {
    assertThat(FraudService.toValidation(order, 2000.0, 2000.0).getValidationResult())
        .isEqualTo(OrderValidationResult.FAIL);
  }
}
