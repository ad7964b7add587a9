package io.tidemark.invoice.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties(prefix = "tidemark.kafka")
public record TidemarkKafkaProperties(String bootstrapServers,
                                      String groupId,
                                      String orderEventsTopic,
                                      int concurrency) {
}
