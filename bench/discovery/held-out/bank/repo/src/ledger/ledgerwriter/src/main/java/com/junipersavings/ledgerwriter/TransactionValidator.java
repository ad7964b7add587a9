package com.junipersavings.ledgerwriter;

import org.springframework.stereotype.Component;

import java.util.regex.Pattern;

/** Syntactic checks on a transaction before anything touches the network. */
@Component
public class TransactionValidator {

    private static final Pattern ACCT = Pattern.compile("^[0-9]{10}$");
    private static final Pattern ROUTE = Pattern.compile("^[0-9]{9}$");

    public void validateTransaction(String localRoutingNum, String authedAcct, Transaction t) {
        if (t.getFromAccountNum() == null || !ACCT.matcher(t.getFromAccountNum()).matches()
                || t.getToAccountNum() == null || !ACCT.matcher(t.getToAccountNum()).matches()
                || !ROUTE.matcher(t.getFromRoutingNum()).matches()
                || !ROUTE.matcher(t.getToRoutingNum()).matches()) {
            throw new IllegalArgumentException("Invalid account details");
        }
        if (t.getFromRoutingNum().equals(localRoutingNum) && !t.getFromAccountNum().equals(authedAcct)) {
            throw new IllegalArgumentException("Sender not authorized");
        }
        if (t.getFromAccountNum().equals(t.getToAccountNum())
                && t.getFromRoutingNum().equals(t.getToRoutingNum())) {
            throw new IllegalArgumentException("Sender account cannot be recipient");
        }
        if (t.getAmount() == null || t.getAmount() <= 0) {
            throw new IllegalArgumentException("Invalid amount");
        }
    }
}
