package com.bayshore.policymanagement.domain;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;

/** Very simplified tariff: base premium by product, discount for higher deductibles, surcharge by age. */
@Component
public class PremiumCalculator {

    private final BigDecimal basePerThousand;

    public PremiumCalculator(@Value("${quotes.base-premium-per-1000-deductible}") BigDecimal basePerThousand) {
        this.basePerThousand = basePerThousand;
    }

    public BigDecimal premium(String insuranceType, BigDecimal deductible, LocalDate birthday) {
        BigDecimal base = switch (insuranceType) {
            case "Life Insurance" -> new BigDecimal("250");
            case "Home Insurance" -> new BigDecimal("180");
            case "Health Insurance" -> new BigDecimal("320");
            case "Car Insurance" -> new BigDecimal("210");
            default -> throw new IllegalArgumentException("unknown product " + insuranceType);
        };
        BigDecimal discount = deductible.divide(new BigDecimal("1000"), 4, RoundingMode.HALF_UP).multiply(basePerThousand);
        int age = birthday == null ? 40 : Period.between(birthday, LocalDate.now()).getYears();
        BigDecimal ageFactor = age > 60 ? new BigDecimal("1.35") : age < 25 ? new BigDecimal("1.20") : BigDecimal.ONE;
        return base.subtract(discount).max(new BigDecimal("50")).multiply(ageFactor).setScale(2, RoundingMode.HALF_UP);
    }

    public BigDecimal policyLimit(String insuranceType) {
        return "Life Insurance".equals(insuranceType) ? new BigDecimal("1000000") : new BigDecimal("250000");
    }
}
