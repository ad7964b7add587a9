package com.kettleco.payments;

import java.math.BigDecimal;
import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.redis.core.RedisHash;
import org.springframework.data.redis.core.TimeToLive;

@RedisHash("payment")
public class Payment {
    @Id
    private String id;
    private String name;
    private String cardType;
    private String maskedNumber;
    private BigDecimal amount;
    private Instant createdAt;
    @TimeToLive
    private Long ttlSeconds;

    public Payment() {}

    public Payment(String id, String name, String cardType, String maskedNumber, BigDecimal amount, long ttlSeconds) {
        this.id = id;
        this.name = name;
        this.cardType = cardType;
        this.maskedNumber = maskedNumber;
        this.amount = amount;
        this.createdAt = Instant.now();
        this.ttlSeconds = ttlSeconds;
    }

    public String getId() { return id; }
    public String getName() { return name; }
    public String getCardType() { return cardType; }
    public String getMaskedNumber() { return maskedNumber; }
    public BigDecimal getAmount() { return amount; }
    public Instant getCreatedAt() { return createdAt; }
    public Long getTtlSeconds() { return ttlSeconds; }
}
