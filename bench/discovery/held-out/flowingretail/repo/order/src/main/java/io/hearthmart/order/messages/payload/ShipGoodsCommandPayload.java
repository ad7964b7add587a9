package io.hearthmart.order.messages.payload;

public class ShipGoodsCommandPayload {

  private String refId;
  private String pickId;
  private String recipientName;
  private String recipientAddress;
  private String logisticsProvider = "HearthFreight";

  public String getRefId() { return refId; }
  public ShipGoodsCommandPayload setRefId(String refId) { this.refId = refId; return this; }
  public String getPickId() { return pickId; }
  public ShipGoodsCommandPayload setPickId(String pickId) { this.pickId = pickId; return this; }
  public String getRecipientName() { return recipientName; }
  public ShipGoodsCommandPayload setRecipientName(String n) { this.recipientName = n; return this; }
  public String getRecipientAddress() { return recipientAddress; }
  public ShipGoodsCommandPayload setRecipientAddress(String a) { this.recipientAddress = a; return this; }
  public String getLogisticsProvider() { return logisticsProvider; }
  public ShipGoodsCommandPayload setLogisticsProvider(String p) { this.logisticsProvider = p; return this; }
}
