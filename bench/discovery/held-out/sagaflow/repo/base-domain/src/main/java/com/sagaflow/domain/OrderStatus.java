package com.sagaflow.domain;

public enum OrderStatus {
    NEW,
    ACCEPT,
    REJECT,
    CONFIRMED,
    REJECTED,
    ROLLBACK
}
