package com.larkspur.purchasehistory.backend;

import com.larkspur.patrons.api.messaging.events.PatronCreatedEvent;
import com.larkspur.purchases.api.messaging.common.PurchaseDetails;
import com.larkspur.purchases.api.messaging.common.PurchaseState;
import com.larkspur.purchases.api.messaging.events.PurchaseApprovedEvent;
import com.larkspur.purchases.api.messaging.events.PurchaseCancelledEvent;
import com.larkspur.purchases.api.messaging.events.PurchaseCreatedEvent;
import com.larkspur.purchases.api.messaging.events.PurchaseRejectedEvent;
import io.eventuate.tram.events.subscriber.DomainEventEnvelope;
import io.eventuate.tram.events.subscriber.DomainEventHandlers;
import io.eventuate.tram.events.subscriber.DomainEventHandlersBuilder;

public class PurchaseHistoryEventConsumer {

  private final PatronViewRepository patronViewRepository;

  public PurchaseHistoryEventConsumer(PatronViewRepository patronViewRepository) {
    this.patronViewRepository = patronViewRepository;
  }

  public DomainEventHandlers domainEventHandlers() {
    return DomainEventHandlersBuilder
            .forAggregateType("com.larkspur.patrons.domain.Patron")
            .onEvent(PatronCreatedEvent.class, this::handlePatronCreated)
            .andForAggregateType("com.larkspur.purchases.domain.Purchase")
            .onEvent(PurchaseCreatedEvent.class, this::handlePurchaseCreated)
            .onEvent(PurchaseApprovedEvent.class, dee -> updateState(dee.getAggregateId(), dee.getEvent().getPurchaseDetails(), PurchaseState.APPROVED))
            .onEvent(PurchaseRejectedEvent.class, dee -> updateState(dee.getAggregateId(), dee.getEvent().getPurchaseDetails(), PurchaseState.REJECTED))
            .onEvent(PurchaseCancelledEvent.class, dee -> updateState(dee.getAggregateId(), dee.getEvent().getPurchaseDetails(), PurchaseState.CANCELLED))
            .build();
  }

  private void handlePatronCreated(DomainEventEnvelope<PatronCreatedEvent> dee) {
    PatronCreatedEvent event = dee.getEvent();
    patronViewRepository.addPatron(Long.parseLong(dee.getAggregateId()), event.getName(), event.getCreditLimit());
  }

  private void handlePurchaseCreated(DomainEventEnvelope<PurchaseCreatedEvent> dee) {
    PurchaseDetails details = dee.getEvent().getPurchaseDetails();
    patronViewRepository.addPurchase(details.getPatronId(), Long.parseLong(dee.getAggregateId()), details.getPurchaseTotal());
  }

  private void updateState(String purchaseId, PurchaseDetails details, PurchaseState state) {
    patronViewRepository.updatePurchaseState(details.getPatronId(), Long.parseLong(purchaseId), state);
  }
}
