package io.tidemark.invoice.config;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties(prefix = "tidemark.invoice")
public record InvoiceProperties(BigDecimal vatRate, String currency, Mail mail) {

    public record Mail(boolean enabled, String from) {
    }
}
