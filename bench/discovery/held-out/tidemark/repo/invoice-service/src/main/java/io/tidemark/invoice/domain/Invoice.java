package io.tidemark.invoice.domain;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "invoice")
public class Invoice {

    public enum Status { ISSUED, CORRECTED, VOID }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "source_event_id", nullable = false, unique = true)
    private UUID sourceEventId;

    private Long orderId;
    private String customerId;
    private BigDecimal netAmount;
    private BigDecimal vatAmount;
    private String currency;

    @Enumerated(EnumType.STRING)
    private Status status;

    private OffsetDateTime issuedAt;

    protected Invoice() {
    }

    public Invoice(UUID sourceEventId, Long orderId, String customerId, BigDecimal netAmount,
                   BigDecimal vatAmount, String currency) {
        this.sourceEventId = sourceEventId;
        this.orderId = orderId;
        this.customerId = customerId;
        this.netAmount = netAmount;
        this.vatAmount = vatAmount;
        this.currency = currency;
        this.status = Status.ISSUED;
        this.issuedAt = OffsetDateTime.now();
    }

    public Long getId() { return id; }
    public UUID getSourceEventId() { return sourceEventId; }
    public Long getOrderId() { return orderId; }
    public String getCustomerId() { return customerId; }
    public BigDecimal getNetAmount() { return netAmount; }
    public BigDecimal getVatAmount() { return vatAmount; }
    public String getCurrency() { return currency; }
    public Status getStatus() { return status; }
    public OffsetDateTime getIssuedAt() { return issuedAt; }

    public void markCorrected() {
        this.status = Status.CORRECTED;
    }
}
