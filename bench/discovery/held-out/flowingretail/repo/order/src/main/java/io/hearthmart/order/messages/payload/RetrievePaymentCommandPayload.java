package io.hearthmart.order.messages.payload;

public class RetrievePaymentCommandPayload {

  private String refId;
  private String reason;
  private long amount;

  public String getRefId() { return refId; }
  public RetrievePaymentCommandPayload setRefId(String refId) { this.refId = refId; return this; }
  public String getReason() { return reason; }
  public RetrievePaymentCommandPayload setReason(String reason) { this.reason = reason; return this; }
  public long getAmount() { return amount; }
  public RetrievePaymentCommandPayload setAmount(long amount) { this.amount = amount; return this; }
}
