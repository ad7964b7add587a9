package com.latticeoutfitters.orders.datagen;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ArgsTest {
  @Test
  void parsesFlags() {
    Args args = new Args(new String[]{"--orders-url", "http://orders.test:8080", "--rate", "5", "--verbose"});
    assertThat(args.get("orders-url", null)).isEqualTo("http://orders.test:8080");
    assertThat(args.getInt("rate", 1)).isEqualTo(5);
    assertThat(args.get("verbose", "false")).isEqualTo("true");
    assertThat(args.get("bootstrap-servers", "localhost:9092")).isEqualTo("localhost:9092");
  }
}
