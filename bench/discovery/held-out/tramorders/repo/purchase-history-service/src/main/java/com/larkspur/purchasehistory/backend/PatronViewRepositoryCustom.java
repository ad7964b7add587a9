package com.larkspur.purchasehistory.backend;

import com.larkspur.common.Money;
import com.larkspur.purchases.api.messaging.common.PurchaseState;

public interface PatronViewRepositoryCustom {

  void addPatron(Long patronId, String name, Money creditLimit);

  void addPurchase(Long patronId, Long purchaseId, Money purchaseTotal);

  void updatePurchaseState(Long patronId, Long purchaseId, PurchaseState state);
}
