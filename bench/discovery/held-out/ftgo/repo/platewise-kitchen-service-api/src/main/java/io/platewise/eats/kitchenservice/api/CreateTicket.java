package io.platewise.eats.kitchenservice.api;

import io.eventuate.tram.commands.common.Command;

import java.util.List;

public class CreateTicket implements Command {

  private long orderId;
  private long restaurantId;
  private List<TicketLineItem> lineItems;

  private CreateTicket() {
  }

  public CreateTicket(long restaurantId, long orderId, List<TicketLineItem> lineItems) {
    this.restaurantId = restaurantId;
    this.orderId = orderId;
    this.lineItems = lineItems;
  }

  public long getOrderId() { return orderId; }
  public long getRestaurantId() { return restaurantId; }
  public List<TicketLineItem> getLineItems() { return lineItems; }

  public static class TicketLineItem {
    public int quantity;
    public String menuItemId;
    public String name;
  }
}
