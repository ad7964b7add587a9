package com.junipersavings.ledgerwriter;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertThrows;

class TransactionValidatorTest {

    private final TransactionValidator validator = new TransactionValidator();

    private Transaction tx(String from, String to, int amount) {
        Transaction t = new Transaction();
        t.setFromAccountNum(from);
        t.setToAccountNum(to);
        t.setFromRoutingNum("883745000");
        t.setToRoutingNum("883745000");
        t.setAmount(amount);
        return t;
    }

    @Test
    void rejectsSelfTransfer() {
        assertThrows(IllegalArgumentException.class,
                () -> validator.validateTransaction("883745000", "1011226111", tx("1011226111", "1011226111", 100)));
    }

    @Test
    void rejectsNegativeAmount() {
        assertThrows(IllegalArgumentException.class,
                () -> validator.validateTransaction("883745000", "1011226111", tx("1011226111", "1033623433", -5)));
    }
}
