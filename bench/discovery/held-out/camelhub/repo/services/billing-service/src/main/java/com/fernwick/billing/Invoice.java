package com.fernwick.billing;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.math.BigDecimal;
import java.time.Instant;

@Entity
public class Invoice {

    @Id
    private String invoiceNumber;
    private String orderId;
    private String customerId;
    private BigDecimal total;
    private Instant issuedAt;

    protected Invoice() {
    }

    public Invoice(String invoiceNumber, String orderId, String customerId, BigDecimal total) {
        this.invoiceNumber = invoiceNumber;
        this.orderId = orderId;
        this.customerId = customerId;
        this.total = total;
        this.issuedAt = Instant.now();
    }

    public String getInvoiceNumber() { return invoiceNumber; }
    public String getOrderId() { return orderId; }
    public String getCustomerId() { return customerId; }
    public BigDecimal getTotal() { return total; }
    public Instant getIssuedAt() { return issuedAt; }
}
