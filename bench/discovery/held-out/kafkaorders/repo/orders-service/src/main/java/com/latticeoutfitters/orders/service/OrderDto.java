package com.latticeoutfitters.orders.service;

import com.latticeoutfitters.orders.avro.Order;
import com.latticeoutfitters.orders.avro.OrderState;
import com.latticeoutfitters.orders.avro.Product;

/** JSON representation of an order on the REST API. */
public class OrderDto {
  public String id;
  public long customerId;
  public String state;
  public String product;
  public int quantity;
  public double price;

  public OrderDto() {
  }

  public static OrderDto from(Order order) {
    OrderDto dto = new OrderDto();
    dto.id = order.getId();
    dto.customerId = order.getCustomerId();
    dto.state = order.getState().name();
    dto.product = order.getProduct().name();
    dto.quantity = order.getQuantity();
    dto.price = order.getPrice();
    return dto;
  }

  public Order toOrder() {
    return Order.newBuilder()
        .setId(id)
        .setCustomerId(customerId)
        .setState(state == null ? OrderState.CREATED : OrderState.valueOf(state))
        .setProduct(Product.valueOf(product))
        .setQuantity(quantity)
        .setPrice(price)
        .setCreatedAt(System.currentTimeMillis())
        .build();
  }
}
