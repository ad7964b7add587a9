package com.pagemart.webapp;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties(prefix = "pagemart")
public record ApplicationProperties(String apiGatewayUrl) {}
