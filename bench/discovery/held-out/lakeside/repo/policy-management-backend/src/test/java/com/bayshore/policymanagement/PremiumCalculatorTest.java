package com.bayshore.policymanagement;

import com.bayshore.policymanagement.domain.PremiumCalculator;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PremiumCalculatorTest {

    private final PremiumCalculator calculator = new PremiumCalculator(new BigDecimal("12.5"));

    @Test
    void higherDeductibleLowersPremium() {
        var birthday = LocalDate.now().minusYears(40);
        var low = calculator.premium("Home Insurance", new BigDecimal("300"), birthday);
        var high = calculator.premium("Home Insurance", new BigDecimal("2000"), birthday);
        assertThat(high).isLessThan(low);
    }

    @Test
    void seniorsPayMore() {
        var young = calculator.premium("Life Insurance", new BigDecimal("500"), LocalDate.now().minusYears(35));
        var senior = calculator.premium("Life Insurance", new BigDecimal("500"), LocalDate.now().minusYears(70));
        assertThat(senior).isGreaterThan(young);
    }

    @Test
    void unknownProductIsRejected() {
        assertThatThrownBy(() -> calculator.premium("Pet Insurance", BigDecimal.TEN, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
