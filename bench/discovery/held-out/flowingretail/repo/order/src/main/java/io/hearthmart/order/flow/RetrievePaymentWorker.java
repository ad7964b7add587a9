package io.hearthmart.order.flow;

import io.camunda.zeebe.spring.client.annotation.JobWorker;
import io.camunda.zeebe.spring.client.annotation.Variable;
import io.hearthmart.order.domain.Order;
import io.hearthmart.order.messages.Message;
import io.hearthmart.order.messages.MessageSender;
import io.hearthmart.order.messages.payload.RetrievePaymentCommandPayload;
import io.hearthmart.order.persistence.OrderRepository;
import org.springframework.stereotype.Component;

@Component
public class RetrievePaymentWorker {

  private final OrderRepository orderRepository;
  private final MessageSender messageSender;

  public RetrievePaymentWorker(OrderRepository orderRepository, MessageSender messageSender) {
    this.orderRepository = orderRepository;
    this.messageSender = messageSender;
  }

  @JobWorker(type = "retrieve-payment")
  public void retrievePayment(@Variable String orderId, @Variable String traceId) {
    Order order = orderRepository.findById(orderId).orElseThrow();

    messageSender.send(new Message<>("RetrievePaymentCommand", traceId,
        new RetrievePaymentCommandPayload()
            .setRefId(order.getOrderId())
            .setReason("order")
            .setAmount(order.totalCents()))
        .setCorrelationid(orderId));
  }
}
