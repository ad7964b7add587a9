package com.quickcart.orderservice.payment;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties(prefix = "quickcart.payments")
public record PaymentProperties(boolean enabled, String apiBaseUrl, String secretKey) {
}
