package com.kettleco.payments;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

@Service
public class PaymentService {
    private final PaymentRepository repository;
    private final CardEncryptor encryptor;
    private final BigDecimal maxAmount;
    private final long ttlSeconds;

    public PaymentService(PaymentRepository repository, CardEncryptor encryptor,
                          @Value("${app.payments.max-amount}") BigDecimal maxAmount,
                          @Value("${app.payments.ttl-days}") long ttlDays) {
        this.repository = repository;
        this.encryptor = encryptor;
        this.maxAmount = maxAmount;
        this.ttlSeconds = Duration.ofDays(ttlDays).toSeconds();
    }

    public Payment process(PaymentRequest req) {
        if (req.amount() == null || req.amount().signum() <= 0) {
            throw new IllegalArgumentException("amount must be positive");
        }
        if (req.amount().compareTo(maxAmount) > 0) {
            throw new IllegalArgumentException("amount exceeds limit");
        }
        if (!luhn(req.number())) {
            throw new IllegalArgumentException("invalid card number");
        }
        Payment p = new Payment(UUID.randomUUID().toString(), req.name(), req.type(),
                encryptor.protect(req.number()), req.amount(), ttlSeconds);
        return repository.save(p);
    }

    static boolean luhn(String number) {
        String digits = number == null ? "" : number.replaceAll("[^0-9]", "");
        if (digits.length() < 12) {
            return false;
        }
        int sum = 0;
        boolean dbl = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (dbl) {
                d *= 2;
                if (d > 9) d -= 9;
            }
            sum += d;
            dbl = !dbl;
        }
        return sum % 10 == 0;
    }
}
