package io.tidewater.store.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PaymentRulesTest {

    @Test
    void luhn() {
        assertTrue(PaymentRules.luhnValid("4111 1111 1111 1111"));
        assertFalse(PaymentRules.luhnValid("4111 1111 1111 1112"));
    }

    @Test
    void declinesLargeAmounts() {
        PaymentRules rules = new PaymentRules();
        rules.declineThreshold = 100;
        assertEquals("FAILURE", rules.authorise("o-9", 250, "4111111111111111").status);
        assertEquals("SUCCESS", rules.authorise("o-9", 50, "4111111111111111").status);
    }
}
