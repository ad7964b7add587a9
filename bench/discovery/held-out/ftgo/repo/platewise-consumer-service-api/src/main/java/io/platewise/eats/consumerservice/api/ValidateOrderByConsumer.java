package io.platewise.eats.consumerservice.api;

import io.eventuate.tram.commands.common.Command;
import io.platewise.eats.common.Money;

public class ValidateOrderByConsumer implements Command {

  private long consumerId;
  private long orderId;
  private Money orderTotal;

  private ValidateOrderByConsumer() {
  }

  public ValidateOrderByConsumer(long consumerId, long orderId, Money orderTotal) {
    this.consumerId = consumerId;
    this.orderId = orderId;
    this.orderTotal = orderTotal;
  }

  public long getConsumerId() { return consumerId; }
  public long getOrderId() { return orderId; }
  public Money getOrderTotal() { return orderTotal; }
}
