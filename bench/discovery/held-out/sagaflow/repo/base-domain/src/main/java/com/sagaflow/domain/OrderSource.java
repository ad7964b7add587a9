package com.sagaflow.domain;

public enum OrderSource {
    PAYMENT,
    STOCK
}
