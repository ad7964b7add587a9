package com.larkspur.purchasehistory.backend;

import com.larkspur.common.Money;
import com.larkspur.purchases.api.messaging.common.PurchaseState;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.util.HashMap;
import java.util.Map;

@Document(collection = "patronView")
public class PatronView {

  @Id
  private Long id;

  private String name;
  private Money creditLimit;
  private Map<Long, PurchaseInfo> purchases = new HashMap<>();

  public Long getId() { return id; }
  public void setId(Long id) { this.id = id; }
  public String getName() { return name; }
  public void setName(String name) { this.name = name; }
  public Money getCreditLimit() { return creditLimit; }
  public void setCreditLimit(Money creditLimit) { this.creditLimit = creditLimit; }
  public Map<Long, PurchaseInfo> getPurchases() { return purchases; }

  public static class PurchaseInfo {
    private Long purchaseId;
    private Money purchaseTotal;
    private PurchaseState state;

    public PurchaseInfo() {
    }

    public PurchaseInfo(Long purchaseId, Money purchaseTotal, PurchaseState state) {
      this.purchaseId = purchaseId;
      this.purchaseTotal = purchaseTotal;
      this.state = state;
    }

    public Long getPurchaseId() { return purchaseId; }
    public Money getPurchaseTotal() { return purchaseTotal; }
    public PurchaseState getState() { return state; }
  }
}
