package com.steeped.entities;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything the shop knows about a browser session. Kept in a cookie, signed by the auth service
 * so the webui cannot be tricked into trusting a forged user id.
 */
public class SessionBlob {
  private Long uid;
  private String sid;
  private String token;
  private Order order = new Order();
  private List<OrderItem> orderItems = new ArrayList<>();
  private String message;

  public Long getUid() { return uid; }
  public void setUid(Long uid) { this.uid = uid; }
  public String getSid() { return sid; }
  public void setSid(String sid) { this.sid = sid; }
  public String getToken() { return token; }
  public void setToken(String token) { this.token = token; }
  public Order getOrder() { return order; }
  public void setOrder(Order order) { this.order = order; }
  public List<OrderItem> getOrderItems() { return orderItems; }
  public void setOrderItems(List<OrderItem> items) { this.orderItems = items; }
  public String getMessage() { return message; }
  public void setMessage(String message) { this.message = message; }
}
