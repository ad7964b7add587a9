package com.driftwoodgoods.ui.config;

import java.time.Duration;

import lombok.Data;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Bound from retail.ui.* — every value can be overridden with an environment variable using
 * Spring's relaxed binding, e.g. retail.ui.endpoints.catalog ← RETAIL_UI_ENDPOINTS_CATALOG.
 */
@Data
@ConfigurationProperties(prefix = "retail.ui")
public class RetailUiProperties {

    private String theme = "driftwood";
    private String banner;
    private Endpoints endpoints = new Endpoints();
    private Features features = new Features();
    private Timeouts timeouts = new Timeouts();

    @Data
    public static class Endpoints {
        private String catalog;
        private String carts;
        private String orders;
        private String checkout;
    }

    @Data
    public static class Features {
        private Recommendations recommendations = new Recommendations();
    }

    @Data
    public static class Recommendations {
        private boolean enabled = false;
        private String endpoint;
    }

    @Data
    public static class Timeouts {
        private Duration connect = Duration.ofSeconds(2);
        private Duration read = Duration.ofSeconds(5);
    }
}
