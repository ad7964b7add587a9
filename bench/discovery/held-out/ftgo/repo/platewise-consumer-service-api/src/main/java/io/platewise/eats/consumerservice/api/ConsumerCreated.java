package io.platewise.eats.consumerservice.api;

import io.eventuate.tram.events.common.DomainEvent;

public class ConsumerCreated implements DomainEvent {

  private long consumerId;

  private ConsumerCreated() {
  }

  public ConsumerCreated(long consumerId) {
    this.consumerId = consumerId;
  }

  public long getConsumerId() { return consumerId; }
}
