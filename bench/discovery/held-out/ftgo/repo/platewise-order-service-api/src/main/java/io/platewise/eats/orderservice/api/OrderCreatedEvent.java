package io.platewise.eats.orderservice.api;

import io.eventuate.tram.events.common.DomainEvent;
import io.platewise.eats.common.Address;
import io.platewise.eats.common.Money;

public class OrderCreatedEvent implements DomainEvent {

  private long consumerId;
  private long restaurantId;
  private String restaurantName;
  private Money orderTotal;
  private Address deliveryAddress;

  private OrderCreatedEvent() {
  }

  public OrderCreatedEvent(long consumerId, long restaurantId, String restaurantName, Money orderTotal, Address deliveryAddress) {
    this.consumerId = consumerId;
    this.restaurantId = restaurantId;
    this.restaurantName = restaurantName;
    this.orderTotal = orderTotal;
    this.deliveryAddress = deliveryAddress;
  }

  public long getConsumerId() { return consumerId; }
  public long getRestaurantId() { return restaurantId; }
  public String getRestaurantName() { return restaurantName; }
  public Money getOrderTotal() { return orderTotal; }
  public Address getDeliveryAddress() { return deliveryAddress; }
}
