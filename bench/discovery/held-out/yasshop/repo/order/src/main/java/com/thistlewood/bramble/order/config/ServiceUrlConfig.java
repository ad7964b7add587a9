package com.thistlewood.bramble.order.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties(prefix = "bramble.services")
public record ServiceUrlConfig(String product, String cart, String customer) {
}
