package com.gatestore.store.broker;

import com.gatestore.store.domain.ProductOrder;
import com.gatestore.store.service.dto.OrderEventDTO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.stereotype.Component;

/**
 * Publishes order lifecycle events to Kafka (binding orderEvents-out-0 -> topic store.order-events).
 * Consumed by the invoice and notification microservices.
 */
@Component
public class OrderEventProducer {

    public static final String BINDING = "orderEvents-out-0";

    private static final Logger log = LoggerFactory.getLogger(OrderEventProducer.class);

    private final StreamBridge streamBridge;

    public OrderEventProducer(StreamBridge streamBridge) {
        this.streamBridge = streamBridge;
    }

    public void orderPlaced(ProductOrder order) {
        send(OrderEventDTO.of("ORDER_PLACED", order));
    }

    public void orderShipped(ProductOrder order) {
        send(OrderEventDTO.of("ORDER_SHIPPED", order));
    }

    public void orderCancelled(ProductOrder order) {
        send(OrderEventDTO.of("ORDER_CANCELLED", order));
    }

    private void send(OrderEventDTO event) {
        log.debug("Publishing {} for order {}", event.getType(), event.getOrderCode());
        boolean sent = streamBridge.send(
            BINDING,
            MessageBuilder.withPayload(event).setHeader(KafkaHeaders.KEY, event.getOrderCode().getBytes()).build()
        );
        if (!sent) {
            log.warn("Order event {} for {} was not accepted by the binder", event.getType(), event.getOrderCode());
        }
    }
}
