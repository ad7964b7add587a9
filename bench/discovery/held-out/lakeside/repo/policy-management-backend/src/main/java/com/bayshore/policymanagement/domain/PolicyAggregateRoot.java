package com.bayshore.policymanagement.domain;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

@Entity
@Table(name = "policies")
public class PolicyAggregateRoot {

    @Id
    private String policyId;
    private String customerId;
    private Instant creationDate;
    private LocalDate startDate;
    private LocalDate endDate;
    private String policyType;
    private BigDecimal deductible;
    private BigDecimal policyLimit;
    private BigDecimal insurancePremium;
    private String currency = "CHF";

    protected PolicyAggregateRoot() {}

    public PolicyAggregateRoot(String policyId, String customerId, LocalDate startDate, String policyType,
                               BigDecimal deductible, BigDecimal policyLimit, BigDecimal insurancePremium) {
        this.policyId = policyId;
        this.customerId = customerId;
        this.creationDate = Instant.now();
        this.startDate = startDate;
        this.policyType = policyType;
        this.deductible = deductible;
        this.policyLimit = policyLimit;
        this.insurancePremium = insurancePremium;
    }

    public void update(LocalDate endDate, BigDecimal deductible, BigDecimal policyLimit, BigDecimal premium) {
        if (endDate != null && endDate.isBefore(startDate)) {
            throw new IllegalArgumentException("end date before start date");
        }
        this.endDate = endDate;
        this.deductible = deductible;
        this.policyLimit = policyLimit;
        this.insurancePremium = premium;
    }

    public String getPolicyId() { return policyId; }
    public String getCustomerId() { return customerId; }
    public Instant getCreationDate() { return creationDate; }
    public LocalDate getStartDate() { return startDate; }
    public LocalDate getEndDate() { return endDate; }
    public String getPolicyType() { return policyType; }
    public BigDecimal getDeductible() { return deductible; }
    public BigDecimal getPolicyLimit() { return policyLimit; }
    public BigDecimal getInsurancePremium() { return insurancePremium; }
    public String getCurrency() { return currency; }
}
