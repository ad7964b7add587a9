package com.driftwoodgoods.orders.messaging;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
@ConditionalOnProperty(prefix = "retail.orders.messaging", name = "provider", havingValue = "in-memory", matchIfMissing = true)
public class InMemoryMessagingConfig {

    private static final Logger log = LoggerFactory.getLogger(InMemoryMessagingConfig.class);

    @Bean
    public OrderEventPublisher loggingPublisher() {
        return event -> log.info("order created (not published, in-memory messaging): {}", event.orderId());
    }
}
