package io.hearthmart.order.flow;

import io.camunda.zeebe.spring.client.annotation.JobWorker;
import io.camunda.zeebe.spring.client.annotation.Variable;
import io.hearthmart.order.messages.Message;
import io.hearthmart.order.messages.MessageSender;
import io.hearthmart.order.persistence.OrderRepository;
import org.springframework.stereotype.Component;

import java.util.Map;

@Component
public class OrderCompletedWorker {

  private final OrderRepository orderRepository;
  private final MessageSender messageSender;

  public OrderCompletedWorker(OrderRepository orderRepository, MessageSender messageSender) {
    this.orderRepository = orderRepository;
    this.messageSender = messageSender;
  }

  @JobWorker(type = "order-completed")
  public void orderCompleted(@Variable String orderId, @Variable String traceId) {
    orderRepository.findById(orderId).ifPresent(order -> {
      order.setStatus("COMPLETED");
      orderRepository.save(order);
    });
    messageSender.send(new Message<>("OrderCompletedEvent", traceId, Map.of("orderId", orderId))
        .setCorrelationid(orderId));
  }
}
