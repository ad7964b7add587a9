package com.larkspur.patrons.messaging;

import com.larkspur.patrons.domain.PatronService;
import com.larkspur.purchases.api.messaging.common.PurchaseDetails;
import com.larkspur.purchases.api.messaging.events.PurchaseCancelledEvent;
import com.larkspur.purchases.api.messaging.events.PurchaseCreatedEvent;
import io.eventuate.tram.events.subscriber.DomainEventEnvelope;
import io.eventuate.tram.events.subscriber.DomainEventHandlers;
import io.eventuate.tram.events.subscriber.DomainEventHandlersBuilder;

public class PurchaseEventConsumer {

  private final PatronService patronService;

  public PurchaseEventConsumer(PatronService patronService) {
    this.patronService = patronService;
  }

  public DomainEventHandlers domainEventHandlers() {
    return DomainEventHandlersBuilder
            .forAggregateType("com.larkspur.purchases.domain.Purchase")
            .onEvent(PurchaseCreatedEvent.class, this::handlePurchaseCreatedEvent)
            .onEvent(PurchaseCancelledEvent.class, this::handlePurchaseCancelledEvent)
            .build();
  }

  public void handlePurchaseCreatedEvent(DomainEventEnvelope<PurchaseCreatedEvent> envelope) {
    PurchaseDetails details = envelope.getEvent().getPurchaseDetails();
    patronService.reserveCredit(Long.parseLong(envelope.getAggregateId()),
            details.getPatronId(), details.getPurchaseTotal());
  }

  public void handlePurchaseCancelledEvent(DomainEventEnvelope<PurchaseCancelledEvent> envelope) {
    PurchaseDetails details = envelope.getEvent().getPurchaseDetails();
    patronService.releaseCredit(Long.parseLong(envelope.getAggregateId()), details.getPatronId());
  }
}
