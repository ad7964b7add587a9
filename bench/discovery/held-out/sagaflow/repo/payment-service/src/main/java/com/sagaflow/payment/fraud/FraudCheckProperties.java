package com.sagaflow.payment.fraud;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties(prefix = "sagaflow.fraud-check")
public record FraudCheckProperties(boolean enabled, String baseUrl, String apiKey, Duration timeout,
                                   int threshold) {
}
