package io.platewise.eats.orderhistory.web;

import com.amazonaws.services.dynamodbv2.document.Item;
import io.platewise.eats.orderhistory.dynamodb.OrderHistoryDaoDynamoDb;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

@RestController
@RequestMapping("/orders")
public class OrderHistoryController {

  private final OrderHistoryDaoDynamoDb orderHistoryDao;

  public OrderHistoryController(OrderHistoryDaoDynamoDb orderHistoryDao) {
    this.orderHistoryDao = orderHistoryDao;
  }

  @GetMapping
  public List<Map<String, Object>> getOrders(@RequestParam(name = "consumerId") String consumerId) {
    return orderHistoryDao.findOrderHistory(consumerId).stream().map(Item::asMap).collect(Collectors.toList());
  }

  @GetMapping("/{orderId}")
  public ResponseEntity<Map<String, Object>> getOrder(@PathVariable String orderId) {
    return orderHistoryDao.findOrder(orderId)
            .map(item -> ResponseEntity.ok(item.asMap()))
            .orElseGet(() -> ResponseEntity.notFound().build());
  }
}
