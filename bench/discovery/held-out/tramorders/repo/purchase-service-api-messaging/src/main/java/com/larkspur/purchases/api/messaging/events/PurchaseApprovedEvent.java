package com.larkspur.purchases.api.messaging.events;

import com.larkspur.purchases.api.messaging.common.PurchaseDetails;
import io.eventuate.tram.events.common.DomainEvent;

public class PurchaseApprovedEvent implements DomainEvent {

  private PurchaseDetails purchaseDetails;

  public PurchaseApprovedEvent() {
  }

  public PurchaseApprovedEvent(PurchaseDetails purchaseDetails) {
    this.purchaseDetails = purchaseDetails;
  }

  public PurchaseDetails getPurchaseDetails() {
    return purchaseDetails;
  }

  public void setPurchaseDetails(PurchaseDetails purchaseDetails) {
    this.purchaseDetails = purchaseDetails;
  }
}
