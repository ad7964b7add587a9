package io.platewise.eats.deliveryservice.messaging;

import io.eventuate.tram.events.subscriber.DomainEventEnvelope;
import io.eventuate.tram.events.subscriber.DomainEventHandlers;
import io.eventuate.tram.events.subscriber.DomainEventHandlersBuilder;
import io.platewise.eats.deliveryservice.web.DeliveryController.Delivery;
import io.platewise.eats.deliveryservice.web.DeliveryController.DeliveryRepository;
import io.platewise.eats.kitchenservice.api.KitchenServiceChannels;
import io.platewise.eats.orderservice.api.OrderCreatedEvent;
import io.platewise.eats.orderservice.api.OrderServiceChannels;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Map;

@Component
@Transactional
public class DeliveryMessageHandlers {

  private final DeliveryRepository deliveryRepository;

  public DeliveryMessageHandlers(DeliveryRepository deliveryRepository) {
    this.deliveryRepository = deliveryRepository;
  }

  public DomainEventHandlers orderEventHandlers() {
    return DomainEventHandlersBuilder
            .forAggregateType(OrderServiceChannels.ORDER_AGGREGATE_TYPE)
            .onEvent(OrderCreatedEvent.class, this::handleOrderCreated)
            .build();
  }

  public DomainEventHandlers ticketEventHandlers() {
    return DomainEventHandlersBuilder
            .forAggregateType(KitchenServiceChannels.TICKET_EVENT_CHANNEL)
            .onEvent(TicketCreated.class, this::handleTicketCreated)
            .build();
  }

  private void handleOrderCreated(DomainEventEnvelope<OrderCreatedEvent> de) {
    long orderId = Long.parseLong(de.getAggregateId());
    OrderCreatedEvent event = de.getEvent();
    deliveryRepository.save(Delivery.create(orderId, event.getRestaurantId(), event.getDeliveryAddress()));
  }

  private void handleTicketCreated(DomainEventEnvelope<TicketCreated> de) {
    long orderId = ((Number) de.getEvent().get("orderId")).longValue();
    deliveryRepository.findById(orderId).ifPresent(Delivery::schedule);
  }

  /** Ticket events are read as plain maps so we don't depend on kitchen internals. */
  public static class TicketCreated extends java.util.HashMap<String, Object> implements io.eventuate.tram.events.common.DomainEvent {
  }
}
