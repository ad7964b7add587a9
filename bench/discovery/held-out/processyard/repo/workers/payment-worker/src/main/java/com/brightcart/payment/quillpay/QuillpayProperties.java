package com.brightcart.payment.quillpay;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties(prefix = "brightcart.quillpay")
public record QuillpayProperties(String baseUrl, String apiKey, Duration timeout) {
}
