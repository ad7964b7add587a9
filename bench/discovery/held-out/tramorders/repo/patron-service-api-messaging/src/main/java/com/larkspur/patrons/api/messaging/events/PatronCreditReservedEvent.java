package com.larkspur.patrons.api.messaging.events;

public class PatronCreditReservedEvent implements PatronEvent {

  private Long purchaseId;

  public PatronCreditReservedEvent() {
  }

  public PatronCreditReservedEvent(Long purchaseId) {
    this.purchaseId = purchaseId;
  }

  public Long getPurchaseId() { return purchaseId; }
  public void setPurchaseId(Long purchaseId) { this.purchaseId = purchaseId; }
}
