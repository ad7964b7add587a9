package com.larkspur.patrons.api.messaging.events;

public class PatronCreditReservationFailedEvent implements PatronEvent {

  private Long purchaseId;
  private String reason;

  public PatronCreditReservationFailedEvent() {
  }

  public PatronCreditReservationFailedEvent(Long purchaseId, String reason) {
    this.purchaseId = purchaseId;
    this.reason = reason;
  }

  public Long getPurchaseId() { return purchaseId; }
  public void setPurchaseId(Long purchaseId) { this.purchaseId = purchaseId; }
  public String getReason() { return reason; }
  public void setReason(String reason) { this.reason = reason; }
}
