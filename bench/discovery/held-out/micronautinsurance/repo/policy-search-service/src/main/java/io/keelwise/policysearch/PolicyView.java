package io.keelwise.policysearch;

import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.time.LocalDate;

@Serdeable
public record PolicyView(String policyNumber, String productCode, String vesselName, String policyHolder,
                         LocalDate coverFrom, LocalDate coverTo, BigDecimal totalPremium, boolean terminated) {
}
