package com.railwaygo.order;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;

/** Publishes order events to RabbitMQ; ts-notification-service turns them into e-mails. */
@Component
public class OrderEventPublisher {

    private static final Logger LOG = LoggerFactory.getLogger(OrderEventPublisher.class);

    private final RabbitTemplate rabbitTemplate;

    @Value("${railway.notify.enabled:false}")
    private boolean enabled;

    @Value("${railway.notify.exchange}")
    private String exchange;

    @Value("${railway.notify.routing-key}")
    private String routingKey;

    public OrderEventPublisher(RabbitTemplate rabbitTemplate) {
        this.rabbitTemplate = rabbitTemplate;
    }

    public void orderCreated(Order order, String fromName, String toName) {
        if (!enabled) {
            LOG.debug("notifications disabled, skipping order {}", order.getId());
            return;
        }
        Map<String, Object> event = new HashMap<>();
        event.put("orderId", order.getId());
        event.put("email", order.getContactsEmail());
        event.put("tripId", order.getTripId());
        event.put("startPlace", fromName);
        event.put("endPlace", toName);
        event.put("date", String.valueOf(order.getTravelDate()));
        event.put("seatNumber", order.getSeatNumber());
        event.put("price", order.getPrice());
        rabbitTemplate.convertAndSend(exchange, routingKey, event);
    }
}
