package com.latticeoutfitters.orders.common;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceConfigTest {

  @Test
  void placeholderFallsBackToDefault() {
    assertThat(ServiceConfig.resolve("${LATTICE_UNSET_VAR:localhost:9092}", "x"))
        .isEqualTo("localhost:9092");
  }

  @Test
  void missingDefaultUsesFallback() {
    assertThat(ServiceConfig.resolve("${LATTICE_UNSET_VAR}", "http://localhost:8081"))
        .isEqualTo("http://localhost:8081");
  }

  @Test
  void topicsAreRegistered() {
    assertThat(Schemas.Topics.ALL.keySet())
        .contains("orders", "order-validations", "payments", "customers", "warehouse-inventory");
  }
}
