package io.keelwise.payment;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;

@Serdeable
@MappedEntity("policy_account")
public record PolicyAccount(@Id @GeneratedValue Long id,
                            String policyAccountNo,
                            String policyNumber,
                            String holderEmail,
                            BigDecimal expectedAmount,
                            BigDecimal paidAmount,
                            boolean closed) {

    public BigDecimal balance() {
        return paidAmount.subtract(expectedAmount);
    }

    public PolicyAccount close() {
        return new PolicyAccount(id, policyAccountNo, policyNumber, holderEmail, expectedAmount, paidAmount, true);
    }
}
