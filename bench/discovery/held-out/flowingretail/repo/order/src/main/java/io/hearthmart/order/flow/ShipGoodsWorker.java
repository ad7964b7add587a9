package io.hearthmart.order.flow;

import io.camunda.zeebe.spring.client.annotation.JobWorker;
import io.camunda.zeebe.spring.client.annotation.Variable;
import io.hearthmart.order.domain.Order;
import io.hearthmart.order.messages.Message;
import io.hearthmart.order.messages.MessageSender;
import io.hearthmart.order.messages.payload.ShipGoodsCommandPayload;
import io.hearthmart.order.persistence.OrderRepository;
import org.springframework.stereotype.Component;

@Component
public class ShipGoodsWorker {

  private final OrderRepository orderRepository;
  private final MessageSender messageSender;

  public ShipGoodsWorker(OrderRepository orderRepository, MessageSender messageSender) {
    this.orderRepository = orderRepository;
    this.messageSender = messageSender;
  }

  @JobWorker(type = "ship-goods")
  public void shipGoods(@Variable String orderId, @Variable String traceId, @Variable String pickId) {
    Order order = orderRepository.findById(orderId).orElseThrow();
    messageSender.send(new Message<>("ShipGoodsCommand", traceId,
        new ShipGoodsCommandPayload()
            .setRefId(orderId)
            .setPickId(pickId)
            .setRecipientName(order.getCustomerName())
            .setRecipientAddress(order.getCustomerAddress()))
        .setCorrelationid(orderId));
  }
}
