package com.sagaflow.payment.fraud;

import com.sagaflow.domain.Order;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

@Component
@ConditionalOnProperty(prefix = "sagaflow.fraud-check", name = "enabled", havingValue = "false",
        matchIfMissing = true)
public class NoopFraudCheck implements FraudCheck {

    @Override
    public boolean isAllowed(Order order) {
        return true;
    }
}
