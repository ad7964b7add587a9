package com.bayshore.customerselfservice.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** Message payloads exchanged with policy-management-backend. Keep in sync with docs/messaging.md. */
public final class MessagingEvents {

    private MessagingEvents() {}

    public record InsuranceQuoteRequestEvent(Instant date, Long requestId, String customerId, String firstname,
                                             String lastname, String streetAddress, String postalCode, String city,
                                             LocalDate startDate, String insuranceType, BigDecimal deductible) {}

    public record CustomerDecisionEvent(Instant date, Long insuranceQuoteRequestId, boolean quoteAccepted) {}

    public record InsuranceQuoteResponseEvent(Instant date, Long insuranceQuoteRequestId, boolean requestAccepted,
                                              Instant expirationDate, BigDecimal insurancePremium,
                                              BigDecimal policyLimit) {}

    public record InsuranceQuoteExpiredEvent(Instant date, Long insuranceQuoteRequestId) {}

    public record PolicyCreatedEvent(Instant date, Long insuranceQuoteRequestId, String policyId) {}
}
