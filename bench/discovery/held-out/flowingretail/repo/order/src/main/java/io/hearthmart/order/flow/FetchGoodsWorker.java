package io.hearthmart.order.flow;

import io.camunda.zeebe.spring.client.annotation.JobWorker;
import io.camunda.zeebe.spring.client.annotation.Variable;
import io.hearthmart.order.domain.Order;
import io.hearthmart.order.messages.Message;
import io.hearthmart.order.messages.MessageSender;
import io.hearthmart.order.messages.payload.FetchGoodsCommandPayload;
import io.hearthmart.order.persistence.OrderRepository;
import org.springframework.stereotype.Component;

@Component
public class FetchGoodsWorker {

  private final OrderRepository orderRepository;
  private final MessageSender messageSender;

  public FetchGoodsWorker(OrderRepository orderRepository, MessageSender messageSender) {
    this.orderRepository = orderRepository;
    this.messageSender = messageSender;
  }

  @JobWorker(type = "fetch-goods")
  public void fetchGoods(@Variable String orderId, @Variable String traceId) {
    Order order = orderRepository.findById(orderId).orElseThrow();
    messageSender.send(new Message<>("FetchGoodsCommand", traceId,
        new FetchGoodsCommandPayload().setRefId(orderId).setItems(order.getItems()))
        .setCorrelationid(orderId));
  }
}
