package io.keelwise.policy.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;

@Entity
@Table(name = "policy")
public class Policy {

    @Id
    private String number;
    private String offerNumber;
    private String productCode;
    private String vesselName;
    private String holderName;
    private String holderEmail;
    private String agentLogin;
    private LocalDate coverFrom;
    private LocalDate coverTo;
    private LocalDate terminatedOn;
    private BigDecimal totalPremium;

    protected Policy() {
    }

    public Policy(String number, Offer offer, String vesselName, String holderName, String holderEmail, String agentLogin) {
        this.number = number;
        this.offerNumber = offer.getNumber();
        this.productCode = offer.getProductCode();
        this.coverFrom = offer.getPolicyFrom();
        this.coverTo = offer.getPolicyTo();
        this.totalPremium = offer.getTotalPremium();
        this.vesselName = vesselName;
        this.holderName = holderName;
        this.holderEmail = holderEmail;
        this.agentLogin = agentLogin;
    }

    public void terminate(LocalDate date) {
        this.terminatedOn = date;
    }

    public String getNumber() { return number; }
    public String getOfferNumber() { return offerNumber; }
    public String getProductCode() { return productCode; }
    public String getVesselName() { return vesselName; }
    public String getHolderName() { return holderName; }
    public String getHolderEmail() { return holderEmail; }
    public String getAgentLogin() { return agentLogin; }
    public LocalDate getCoverFrom() { return coverFrom; }
    public LocalDate getCoverTo() { return coverTo; }
    public LocalDate getTerminatedOn() { return terminatedOn; }
    public BigDecimal getTotalPremium() { return totalPremium; }
}
