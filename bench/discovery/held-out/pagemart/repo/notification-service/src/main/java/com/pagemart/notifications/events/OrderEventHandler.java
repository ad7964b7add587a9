package com.pagemart.notifications.events;

import com.pagemart.notifications.domain.NotificationService;
import com.pagemart.notifications.domain.models.OrderCancelledEvent;
import com.pagemart.notifications.domain.models.OrderCreatedEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
class OrderEventHandler {
    private static final Logger log = LoggerFactory.getLogger(OrderEventHandler.class);

    private final NotificationService notificationService;
    private final JdbcTemplate jdbcTemplate;

    OrderEventHandler(NotificationService notificationService, JdbcTemplate jdbcTemplate) {
        this.notificationService = notificationService;
        this.jdbcTemplate = jdbcTemplate;
    }

    @RabbitListener(queues = "${notifications.new-orders-queue}")
    public void handle(OrderCreatedEvent event) {
        if (alreadyProcessed(event.eventId())) {
            log.warn("Received duplicate OrderCreatedEvent with eventId: {}", event.eventId());
            return;
        }
        log.info("Received a OrderCreatedEvent with orderNumber:{}: ", event.orderNumber());
        notificationService.sendOrderCreatedNotification(event);
        markProcessed(event.eventId());
    }

    @RabbitListener(queues = "${notifications.cancelled-orders-queue}")
    public void handle(OrderCancelledEvent event) {
        if (alreadyProcessed(event.eventId())) {
            return;
        }
        notificationService.sendOrderCancelledNotification(event);
        markProcessed(event.eventId());
    }

    private boolean alreadyProcessed(String eventId) {
        Integer count = jdbcTemplate.queryForObject(
                "select count(*) from order_events where event_id = ?", Integer.class, eventId);
        return count != null && count > 0;
    }

    private void markProcessed(String eventId) {
        jdbcTemplate.update("insert into order_events(event_id, created_at) values (?, now())", eventId);
    }
}
