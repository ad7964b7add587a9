package com.gatestore.invoice.broker;

import com.gatestore.invoice.service.InvoiceService;
import com.gatestore.invoice.service.dto.OrderEventDTO;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Spring Cloud Stream functional consumer bound to {@code orderEventsConsumer-in-0}
 * (topic store.order-events, consumer group "invoice").
 */
@Configuration
public class OrderEventConsumer {

    private static final Logger log = LoggerFactory.getLogger(OrderEventConsumer.class);

    @Bean
    public Consumer<OrderEventDTO> orderEventsConsumer(InvoiceService invoiceService) {
        return event -> {
            log.debug("Received order event {} for {}", event.getType(), event.getOrderCode());
            switch (event.getType()) {
                case "ORDER_PLACED" -> invoiceService.createForOrder(event);
                case "ORDER_CANCELLED" -> invoiceService.cancelForOrder(event.getOrderCode());
                default -> log.trace("Ignoring order event {}", event.getType());
            }
        };
    }
}
