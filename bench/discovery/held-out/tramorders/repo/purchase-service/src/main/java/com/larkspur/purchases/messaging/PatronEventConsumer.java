package com.larkspur.purchases.messaging;

import com.larkspur.patrons.api.messaging.events.PatronCreditReservationFailedEvent;
import com.larkspur.patrons.api.messaging.events.PatronCreditReservedEvent;
import com.larkspur.purchases.domain.PurchaseService;
import io.eventuate.tram.events.subscriber.DomainEventEnvelope;
import io.eventuate.tram.events.subscriber.DomainEventHandlers;
import io.eventuate.tram.events.subscriber.DomainEventHandlersBuilder;

public class PatronEventConsumer {

  private final PurchaseService purchaseService;

  public PatronEventConsumer(PurchaseService purchaseService) {
    this.purchaseService = purchaseService;
  }

  public DomainEventHandlers domainEventHandlers() {
    return DomainEventHandlersBuilder
            .forAggregateType("com.larkspur.patrons.domain.Patron")
            .onEvent(PatronCreditReservedEvent.class, this::handleCreditReserved)
            .onEvent(PatronCreditReservationFailedEvent.class, this::handleCreditReservationFailed)
            .build();
  }

  private void handleCreditReserved(DomainEventEnvelope<PatronCreditReservedEvent> envelope) {
    purchaseService.approvePurchase(envelope.getEvent().getPurchaseId());
  }

  private void handleCreditReservationFailed(DomainEventEnvelope<PatronCreditReservationFailedEvent> envelope) {
    PatronCreditReservationFailedEvent event = envelope.getEvent();
    purchaseService.rejectPurchase(event.getPurchaseId(), event.getReason());
  }
}
