package com.bayshore.policymanagement.domain;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

@Entity
@Table(name = "insurance_quote_requests")
public class InsuranceQuoteRequestEntity {

    public enum Status { RECEIVED, QUOTED, REJECTED, ACCEPTED_BY_CUSTOMER, REJECTED_BY_CUSTOMER, EXPIRED, POLICY_CREATED }

    @Id
    private Long id;
    private Instant receivedAt;
    private String customerId;
    private String customerName;
    private String insuranceType;
    private LocalDate startDate;
    private BigDecimal deductible;
    @Enumerated(EnumType.STRING)
    private Status status;
    private BigDecimal insurancePremium;
    private BigDecimal policyLimit;
    private Instant expirationDate;
    private String policyId;

    protected InsuranceQuoteRequestEntity() {}

    public InsuranceQuoteRequestEntity(Long id, String customerId, String customerName, String insuranceType,
                                       LocalDate startDate, BigDecimal deductible) {
        this.id = id;
        this.receivedAt = Instant.now();
        this.customerId = customerId;
        this.customerName = customerName;
        this.insuranceType = insuranceType;
        this.startDate = startDate;
        this.deductible = deductible;
        this.status = Status.RECEIVED;
    }

    public void quote(BigDecimal premium, BigDecimal limit, Instant expiresAt) {
        this.insurancePremium = premium;
        this.policyLimit = limit;
        this.expirationDate = expiresAt;
        this.status = Status.QUOTED;
    }

    public void reject() { this.status = Status.REJECTED; }
    public void customerAccepted() { this.status = Status.ACCEPTED_BY_CUSTOMER; }
    public void customerRejected() { this.status = Status.REJECTED_BY_CUSTOMER; }
    public void expire() { this.status = Status.EXPIRED; }
    public void policyCreated(String policyId) { this.policyId = policyId; this.status = Status.POLICY_CREATED; }

    public boolean isExpired(Instant now) { return expirationDate != null && now.isAfter(expirationDate); }
    public Long getId() { return id; }
    public String getCustomerId() { return customerId; }
    public String getInsuranceType() { return insuranceType; }
    public LocalDate getStartDate() { return startDate; }
    public BigDecimal getDeductible() { return deductible; }
    public Status getStatus() { return status; }
    public BigDecimal getInsurancePremium() { return insurancePremium; }
    public BigDecimal getPolicyLimit() { return policyLimit; }
}
