package com.larkspur.patrons.api.messaging.events;

import com.larkspur.common.Money;

public class PatronCreatedEvent implements PatronEvent {

  private String name;
  private Money creditLimit;

  public PatronCreatedEvent() {
  }

  public PatronCreatedEvent(String name, Money creditLimit) {
    this.name = name;
    this.creditLimit = creditLimit;
  }

  public String getName() { return name; }
  public void setName(String name) { this.name = name; }
  public Money getCreditLimit() { return creditLimit; }
  public void setCreditLimit(Money creditLimit) { this.creditLimit = creditLimit; }
}
