package io.platewise.eats.orderhistory.messaging;

import io.eventuate.tram.events.subscriber.DomainEventEnvelope;
import io.eventuate.tram.events.subscriber.DomainEventHandlers;
import io.eventuate.tram.events.subscriber.DomainEventHandlersBuilder;
import io.platewise.eats.orderhistory.dynamodb.OrderHistoryDaoDynamoDb;
import io.platewise.eats.orderservice.api.OrderCreatedEvent;
import io.platewise.eats.orderservice.api.OrderServiceChannels;
import org.springframework.stereotype.Component;

@Component
public class OrderHistoryEventHandlers {

  private final OrderHistoryDaoDynamoDb orderHistoryDao;

  public OrderHistoryEventHandlers(OrderHistoryDaoDynamoDb orderHistoryDao) {
    this.orderHistoryDao = orderHistoryDao;
  }

  public DomainEventHandlers domainEventHandlers() {
    return DomainEventHandlersBuilder
            .forAggregateType(OrderServiceChannels.ORDER_AGGREGATE_TYPE)
            .onEvent(OrderCreatedEvent.class, this::handleOrderCreated)
            .build();
  }

  public void handleOrderCreated(DomainEventEnvelope<OrderCreatedEvent> dee) {
    OrderCreatedEvent event = dee.getEvent();
    orderHistoryDao.addOrder(dee.getAggregateId(),
            Long.toString(event.getConsumerId()),
            event.getRestaurantName(),
            event.getOrderTotal().asString(),
            System.currentTimeMillis(),
            dee.getEventId());
  }
}
