package com.bayshore.policymanagement.infrastructure;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

@ConfigurationProperties(prefix = "customercore")
public record CustomerCoreProperties(String baseURL, String apiKey, Duration timeout) {
}
