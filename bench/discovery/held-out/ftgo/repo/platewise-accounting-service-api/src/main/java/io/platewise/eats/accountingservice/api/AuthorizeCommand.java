package io.platewise.eats.accountingservice.api;

import io.eventuate.tram.commands.common.Command;
import io.platewise.eats.common.Money;

public class AuthorizeCommand implements Command {

  private long consumerId;
  private Long orderId;
  private Money orderTotal;

  private AuthorizeCommand() {
  }

  public AuthorizeCommand(long consumerId, Long orderId, Money orderTotal) {
    this.consumerId = consumerId;
    this.orderId = orderId;
    this.orderTotal = orderTotal;
  }

  public long getConsumerId() { return consumerId; }
  public Long getOrderId() { return orderId; }
  public Money getOrderTotal() { return orderTotal; }
}
