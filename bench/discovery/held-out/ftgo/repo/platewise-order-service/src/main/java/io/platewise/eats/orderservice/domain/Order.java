package io.platewise.eats.orderservice.domain;

import io.platewise.eats.common.Address;
import io.platewise.eats.common.Money;
import io.platewise.eats.kitchenservice.api.CreateTicket;

import javax.persistence.*;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

@Entity
@Table(name = "orders")
@Access(AccessType.FIELD)
public class Order {

  public enum State { APPROVAL_PENDING, APPROVED, REJECTED, CANCELLED }

  @Id
  @GeneratedValue
  private Long id;

  @Version
  private Long version;

  @Enumerated(EnumType.STRING)
  private State state;

  private long consumerId;
  private long restaurantId;

  @Embedded
  private Address deliveryAddress;

  @ElementCollection
  @CollectionTable(name = "order_line_items")
  private List<LineItem> lineItems = new ArrayList<>();

  private Order() {
  }

  public Order(long consumerId, long restaurantId, Address deliveryAddress, List<LineItem> lineItems) {
    this.consumerId = consumerId;
    this.restaurantId = restaurantId;
    this.deliveryAddress = deliveryAddress;
    this.lineItems = lineItems;
    this.state = State.APPROVAL_PENDING;
  }

  public Money getOrderTotal() {
    return lineItems.stream().map(LineItem::getTotal).reduce(Money.ZERO, Money::add);
  }

  public OrderDetails makeOrderDetails(String restaurantName) {
    return new OrderDetails(consumerId, restaurantId, restaurantName, getOrderTotal(), lineItems);
  }

  public List<CreateTicket.TicketLineItem> makeTicketLineItems() {
    return lineItems.stream().map(li -> {
      CreateTicket.TicketLineItem tli = new CreateTicket.TicketLineItem();
      tli.menuItemId = li.menuItemId;
      tli.name = li.name;
      tli.quantity = li.quantity;
      return tli;
    }).collect(Collectors.toList());
  }

  public void noteApproved() { this.state = State.APPROVED; }
  public void noteRejected() { this.state = State.REJECTED; }

  public Long getId() { return id; }
  public State getState() { return state; }
  public long getConsumerId() { return consumerId; }
  public long getRestaurantId() { return restaurantId; }
  public List<LineItem> getLineItems() { return lineItems; }

  @Embeddable
  public static class LineItem {
    public int quantity;
    public String menuItemId;
    public String name;
    @Embedded
    public Money price;

    public Money getTotal() { return price.multiply(quantity); }
  }

  public static class OrderDetails {
    public long consumerId;
    public long restaurantId;
    public String restaurantName;
    public Money orderTotal;
    public List<LineItem> lineItems;

    public OrderDetails() {
    }

    public OrderDetails(long consumerId, long restaurantId, String restaurantName, Money orderTotal, List<LineItem> lineItems) {
      this.consumerId = consumerId;
      this.restaurantId = restaurantId;
      this.restaurantName = restaurantName;
      this.orderTotal = orderTotal;
      this.lineItems = lineItems;
    }
  }
}
