package com.larkspur.purchases.api.messaging.common;

public enum PurchaseState {
  PENDING, APPROVED, REJECTED, CANCELLED
}
