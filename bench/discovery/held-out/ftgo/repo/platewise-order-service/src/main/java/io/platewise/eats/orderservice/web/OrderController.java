package io.platewise.eats.orderservice.web;

import io.platewise.eats.common.Address;
import io.platewise.eats.orderservice.domain.Order;
import io.platewise.eats.orderservice.domain.OrderService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;

import java.util.List;
import java.util.Map;

@RestController
@RequestMapping("/orders")
public class OrderController {

  private final OrderService orderService;

  public OrderController(OrderService orderService) {
    this.orderService = orderService;
  }

  @PostMapping
  public Map<String, Long> create(@RequestBody CreateOrderRequest request) {
    Order order = orderService.createOrder(request.consumerId, request.restaurantId,
            request.deliveryAddress, request.lineItems);
    return Map.of("orderId", order.getId());
  }

  @GetMapping("/{orderId}")
  public ResponseEntity<GetOrderResponse> getOrder(@PathVariable long orderId) {
    return orderService.findById(orderId)
            .map(o -> ResponseEntity.ok(new GetOrderResponse(o.getId(), o.getState().name(), o.getOrderTotal().asString())))
            .orElseGet(() -> ResponseEntity.notFound().build());
  }

  public static class CreateOrderRequest {
    public long consumerId;
    public long restaurantId;
    public Address deliveryAddress;
    public List<Order.LineItem> lineItems;
  }

  public static class GetOrderResponse {
    public long orderId;
    public String state;
    public String orderTotal;

    public GetOrderResponse(long orderId, String state, String orderTotal) {
      this.orderId = orderId;
      this.state = state;
      this.orderTotal = orderTotal;
    }
  }
}
