package com.sagaflow.order.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the demo load generator that fires random orders into the saga.
 */
@ConfigurationProperties(prefix = "sagaflow.generator")
public record GeneratorProperties(boolean enabled, int count, long maxCustomerId, long maxProductId) {
}
