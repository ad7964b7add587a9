package io.platewise.eats.orderservice.api;

public class OrderServiceChannels {

  public static final String ORDER_AGGREGATE_TYPE = "io.platewise.eats.orderservice.domain.Order";

  public static final String ORDER_SERVICE_COMMAND_CHANNEL = "orderService";
}
