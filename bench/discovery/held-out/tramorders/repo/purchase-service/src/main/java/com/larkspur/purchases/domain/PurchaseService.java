package com.larkspur.purchases.domain;

import com.larkspur.patrons.api.messaging.commands.ReleasePatronCreditCommand;
import com.larkspur.purchases.api.messaging.common.PurchaseDetails;
import com.larkspur.purchases.api.messaging.events.PurchaseApprovedEvent;
import com.larkspur.purchases.api.messaging.events.PurchaseCancelledEvent;
import com.larkspur.purchases.api.messaging.events.PurchaseRejectedEvent;
import io.eventuate.tram.commands.producer.CommandProducer;
import io.eventuate.tram.events.publisher.DomainEventPublisher;
import io.eventuate.tram.events.publisher.ResultWithEvents;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collections;
import java.util.Optional;

import static java.util.Collections.singletonList;

public class PurchaseService {

  private final DomainEventPublisher domainEventPublisher;
  private final CommandProducer commandProducer;
  private final PurchaseRepository purchaseRepository;

  // Synchronous credit check, replaced by PatronCreditReserved/ReservationFailed events.
  // private final RestTemplate restTemplate;
  // @Value("${patron.service.url}") private String patronServiceUrl;

  public PurchaseService(DomainEventPublisher domainEventPublisher,
                         CommandProducer commandProducer,
                         PurchaseRepository purchaseRepository) {
    this.domainEventPublisher = domainEventPublisher;
    this.commandProducer = commandProducer;
    this.purchaseRepository = purchaseRepository;
  }

  @Transactional
  public Purchase createPurchase(PurchaseDetails purchaseDetails) {
    // CreditCheckResponse credit = restTemplate.getForObject(
    //     patronServiceUrl + "/patrons/{id}/credit", CreditCheckResponse.class, purchaseDetails.getPatronId());
    ResultWithEvents<Purchase> purchaseWithEvents = Purchase.createPurchase(purchaseDetails);
    Purchase purchase = purchaseRepository.save(purchaseWithEvents.result);
    domainEventPublisher.publish(Purchase.class, purchase.getId(), purchaseWithEvents.events);
    return purchase;
  }

  @Transactional
  public void approvePurchase(Long purchaseId) {
    Purchase purchase = purchaseRepository.findById(purchaseId)
            .orElseThrow(() -> new IllegalArgumentException("Purchase not found: " + purchaseId));
    purchase.approve();
    domainEventPublisher.publish(Purchase.class, purchaseId,
            singletonList(new PurchaseApprovedEvent(purchase.getPurchaseDetails())));
  }

  @Transactional
  public void rejectPurchase(Long purchaseId, String reason) {
    Purchase purchase = purchaseRepository.findById(purchaseId)
            .orElseThrow(() -> new IllegalArgumentException("Purchase not found: " + purchaseId));
    purchase.reject(reason);
    domainEventPublisher.publish(Purchase.class, purchaseId,
            singletonList(new PurchaseRejectedEvent(purchase.getPurchaseDetails())));
  }

  @Transactional
  public Purchase cancelPurchase(Long purchaseId) {
    Purchase purchase = purchaseRepository.findById(purchaseId)
            .orElseThrow(() -> new IllegalArgumentException("Purchase not found: " + purchaseId));
    purchase.cancel();
    domainEventPublisher.publish(Purchase.class, purchaseId,
            singletonList(new PurchaseCancelledEvent(purchase.getPurchaseDetails())));
    // command row goes into purchase_service.message too; replies come back on purchase-service-replies
    commandProducer.send(ReleasePatronCreditCommand.CHANNEL,
            new ReleasePatronCreditCommand(purchase.getPurchaseDetails().getPatronId(), purchaseId),
            "purchase-service-replies", Collections.emptyMap());
    return purchase;
  }

  public Optional<Purchase> findById(Long purchaseId) {
    return purchaseRepository.findById(purchaseId);
  }
}
