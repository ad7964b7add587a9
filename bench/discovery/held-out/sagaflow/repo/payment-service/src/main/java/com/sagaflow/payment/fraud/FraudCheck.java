package com.sagaflow.payment.fraud;

import com.sagaflow.domain.Order;

public interface FraudCheck {

    boolean isAllowed(Order order);
}
