package com.steeped.entities;

/** One line of an order or of a cart. */
public class OrderItem {
  private long id;
  private long productId;
  private long orderId;
  private int quantity;
  private long unitPriceInCents;

  public long getId() { return id; }
  public void setId(long id) { this.id = id; }
  public long getProductId() { return productId; }
  public void setProductId(long productId) { this.productId = productId; }
  public long getOrderId() { return orderId; }
  public void setOrderId(long orderId) { this.orderId = orderId; }
  public int getQuantity() { return quantity; }
  public void setQuantity(int quantity) { this.quantity = quantity; }
  public long getUnitPriceInCents() { return unitPriceInCents; }
  public void setUnitPriceInCents(long u) { this.unitPriceInCents = u; }
}
