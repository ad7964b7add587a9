package com.brightcart.payment.quillpay;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

public record ChargeRequest(
        @JsonProperty("amount") long amountCents,
        String currency,
        @JsonProperty("payment_method") String paymentMethodToken,
        @JsonProperty("statement_descriptor") String descriptor,
        Map<String, String> metadata) {
}
