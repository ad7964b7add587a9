package com.thistlewood.bramble.product.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Base URLs of the services product talks to. Bound from {@code bramble.services.*}.
 */
@ConfigurationProperties(prefix = "bramble.services")
public record ServiceUrlConfig(String media) {
}
