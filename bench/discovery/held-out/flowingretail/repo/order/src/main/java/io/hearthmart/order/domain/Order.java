package io.hearthmart.order.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "hm_order")
public class Order {

  @Id
  private String orderId;

  private String customerName;
  private String customerAddress;
  private String status = "PLACED";

  @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER)
  private List<OrderItem> items = new ArrayList<>();

  public long totalCents() {
    return items.stream().mapToLong(i -> (long) i.getAmount() * 1999).sum();
  }

  public String getOrderId() { return orderId; }
  public void setOrderId(String orderId) { this.orderId = orderId; }
  public String getCustomerName() { return customerName; }
  public void setCustomerName(String customerName) { this.customerName = customerName; }
  public String getCustomerAddress() { return customerAddress; }
  public void setCustomerAddress(String customerAddress) { this.customerAddress = customerAddress; }
  public String getStatus() { return status; }
  public void setStatus(String status) { this.status = status; }
  public List<OrderItem> getItems() { return items; }
  public void setItems(List<OrderItem> items) { this.items = items; }
}
