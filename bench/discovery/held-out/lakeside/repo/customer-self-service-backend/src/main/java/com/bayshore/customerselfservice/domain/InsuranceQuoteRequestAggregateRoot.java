package com.bayshore.customerselfservice.domain;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

@Entity
@Table(name = "insurance_quote_requests")
public class InsuranceQuoteRequestAggregateRoot {

    @Id
    @GeneratedValue
    private Long id;
    private Instant date;
    private String customerId;
    private LocalDate startDate;
    private String insuranceType;
    private BigDecimal deductible;
    @Enumerated(EnumType.STRING)
    private RequestStatus status;
    private BigDecimal insurancePremium;
    private BigDecimal policyLimit;
    private Instant expirationDate;
    private String policyId;

    protected InsuranceQuoteRequestAggregateRoot() {}

    public InsuranceQuoteRequestAggregateRoot(String customerId, LocalDate startDate, String insuranceType,
                                              BigDecimal deductible) {
        this.date = Instant.now();
        this.customerId = customerId;
        this.startDate = startDate;
        this.insuranceType = insuranceType;
        this.deductible = deductible;
        this.status = RequestStatus.REQUEST_SUBMITTED;
    }

    public void acceptRequest(BigDecimal premium, BigDecimal limit, Instant expiresAt) {
        transition(RequestStatus.QUOTE_RECEIVED);
        this.insurancePremium = premium;
        this.policyLimit = limit;
        this.expirationDate = expiresAt;
    }

    public void rejectRequest() { transition(RequestStatus.REQUEST_REJECTED); }

    public void acceptQuote(Instant now) {
        if (expirationDate != null && now.isAfter(expirationDate)) {
            transition(RequestStatus.QUOTE_EXPIRED);
            return;
        }
        transition(RequestStatus.QUOTE_ACCEPTED);
    }

    public void rejectQuote() { transition(RequestStatus.QUOTE_REJECTED); }
    public void markExpired() { transition(RequestStatus.QUOTE_EXPIRED); }

    public void finalizeQuote(String policyId) {
        transition(RequestStatus.POLICY_CREATED);
        this.policyId = policyId;
    }

    private void transition(RequestStatus next) {
        if (!status.canTransitionTo(next)) {
            throw new IllegalStateException("Cannot go from " + status + " to " + next);
        }
        this.status = next;
    }

    public Long getId() { return id; }
    public Instant getDate() { return date; }
    public String getCustomerId() { return customerId; }
    public LocalDate getStartDate() { return startDate; }
    public String getInsuranceType() { return insuranceType; }
    public BigDecimal getDeductible() { return deductible; }
    public RequestStatus getStatus() { return status; }
    public BigDecimal getInsurancePremium() { return insurancePremium; }
    public String getPolicyId() { return policyId; }
}
