package io.hearthmart.checkout.rest;

import io.hearthmart.checkout.domain.Customer;
import io.hearthmart.checkout.domain.Order;
import io.hearthmart.checkout.messages.Message;
import io.hearthmart.checkout.messages.MessageSender;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

@RestController
public class ShopRestController {

  private final MessageSender messageSender;

  public ShopRestController(MessageSender messageSender) {
    this.messageSender = messageSender;
  }

  /**
   * Places an order for the Hearthmart shop. The order itself is not stored here:
   * we fire an OrderPlacedEvent and the order service takes over from there.
   */
  @PutMapping(path = "/api/cart/order")
  @ResponseStatus(HttpStatus.ACCEPTED)
  public Map<String, String> placeOrder(
      @RequestParam(value = "customerId") String customerId,
      @RequestParam(value = "articleId", defaultValue = "candle-amber-01") String articleId,
      @RequestParam(value = "amount", defaultValue = "1") int amount) {

    Order order = new Order();
    order.addItem(articleId, amount);
    order.setCustomer(new Customer(customerId, "12 Kiln Lane, Harrowgate"));

    Message<Order> message = new Message<>("OrderPlacedEvent", order);
    messageSender.send(message);

    // Before the event-driven rewrite the shop called the order service synchronously:
    //   restTemplate.postForObject("http://order:8092/api/order", order, String.class);
    // Kept for reference only - it created the temporal coupling we wanted to get rid of.

    return Map.of("traceId", message.getTraceid(), "orderId", order.getOrderId());
  }
}
