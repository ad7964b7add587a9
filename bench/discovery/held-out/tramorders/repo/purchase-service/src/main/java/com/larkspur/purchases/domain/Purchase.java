package com.larkspur.purchases.domain;

import com.larkspur.purchases.api.messaging.common.PurchaseDetails;
import com.larkspur.purchases.api.messaging.common.PurchaseState;
import com.larkspur.purchases.api.messaging.events.PurchaseCreatedEvent;
import io.eventuate.tram.events.publisher.ResultWithEvents;
import jakarta.persistence.*;

import static java.util.Collections.singletonList;

@Entity
@Table(name = "purchases")
@Access(AccessType.FIELD)
public class Purchase {

  @Id
  @GeneratedValue
  private Long id;

  @Enumerated(EnumType.STRING)
  private PurchaseState state;

  @Embedded
  private PurchaseDetails purchaseDetails;

  private String rejectionReason;

  @Version
  private Long version;

  public Purchase() {
  }

  public Purchase(PurchaseDetails purchaseDetails) {
    this.purchaseDetails = purchaseDetails;
    this.state = PurchaseState.PENDING;
  }

  public static ResultWithEvents<Purchase> createPurchase(PurchaseDetails details) {
    Purchase purchase = new Purchase(details);
    return new ResultWithEvents<>(purchase, singletonList(new PurchaseCreatedEvent(details)));
  }

  public void approve() {
    this.state = PurchaseState.APPROVED;
  }

  public void reject(String reason) {
    this.state = PurchaseState.REJECTED;
    this.rejectionReason = reason;
  }

  public void cancel() {
    if (state != PurchaseState.APPROVED) {
      throw new IllegalStateException("Cannot cancel purchase in state " + state);
    }
    this.state = PurchaseState.CANCELLED;
  }

  public Long getId() { return id; }
  public PurchaseState getState() { return state; }
  public PurchaseDetails getPurchaseDetails() { return purchaseDetails; }
  public String getRejectionReason() { return rejectionReason; }
}
