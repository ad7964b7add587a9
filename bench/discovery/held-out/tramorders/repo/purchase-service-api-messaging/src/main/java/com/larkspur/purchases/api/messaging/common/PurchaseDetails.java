package com.larkspur.purchases.api.messaging.common;

import com.larkspur.common.Money;

public class PurchaseDetails {

  private Long patronId;
  private Money purchaseTotal;

  public PurchaseDetails() {
  }

  public PurchaseDetails(Long patronId, Money purchaseTotal) {
    this.patronId = patronId;
    this.purchaseTotal = purchaseTotal;
  }

  public Long getPatronId() { return patronId; }
  public Money getPurchaseTotal() { return purchaseTotal; }
}
