package io.keelwise.policy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

@Entity
@Table(name = "offer")
public class Offer {

    @Id
    private String number;
    private String productCode;
    private LocalDate policyFrom;
    private LocalDate policyTo;
    private BigDecimal totalPremium;
    @Column(length = 16)
    private String status = "NEW";
    @ElementCollection
    private Map<String, BigDecimal> coversPrices = new HashMap<>();

    protected Offer() {
    }

    public Offer(String number, String productCode, LocalDate policyFrom, LocalDate policyTo,
                 BigDecimal totalPremium, Map<String, BigDecimal> coversPrices) {
        this.number = number;
        this.productCode = productCode;
        this.policyFrom = policyFrom;
        this.policyTo = policyTo;
        this.totalPremium = totalPremium;
        this.coversPrices = new HashMap<>(coversPrices);
    }

    public void markConverted() {
        this.status = "CONVERTED";
    }

    public String getNumber() { return number; }
    public String getProductCode() { return productCode; }
    public LocalDate getPolicyFrom() { return policyFrom; }
    public LocalDate getPolicyTo() { return policyTo; }
    public BigDecimal getTotalPremium() { return totalPremium; }
    public String getStatus() { return status; }
    public Map<String, BigDecimal> getCoversPrices() { return coversPrices; }
}
