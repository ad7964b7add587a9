package com.pagemart.orders.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pagemart.orders.domain.models.OrderCreatedEvent;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
public class OrderEventService {
    private static final Logger log = LoggerFactory.getLogger(OrderEventService.class);

    private final JdbcTemplate jdbcTemplate;
    private final OrderEventPublisher orderEventPublisher;
    private final ObjectMapper objectMapper;

    OrderEventService(JdbcTemplate jdbcTemplate, OrderEventPublisher orderEventPublisher, ObjectMapper objectMapper) {
        this.jdbcTemplate = jdbcTemplate;
        this.orderEventPublisher = orderEventPublisher;
        this.objectMapper = objectMapper;
    }

    void save(OrderCreatedEvent event) {
        jdbcTemplate.update(
                "insert into order_events(order_number, event_id, event_type, payload, created_at) values (?,?,?,?,now())",
                event.orderNumber(), event.eventId(), "ORDER_CREATED", toJsonPayload(event));
    }

    public void publishOrderEvents() {
        List<String> payloads = jdbcTemplate.queryForList(
                "select payload from order_events order by created_at asc", String.class);
        log.info("Found {} Order Events to be published", payloads.size());
        for (String payload : payloads) {
            OrderCreatedEvent event = fromJsonPayload(payload, OrderCreatedEvent.class);
            orderEventPublisher.publish(event);
            jdbcTemplate.update("delete from order_events where event_id = ?", event.eventId());
        }
    }

    private String toJsonPayload(Object object) {
        try {
            return objectMapper.writeValueAsString(object);
        } catch (JsonProcessingException e) {
            throw new RuntimeException(e);
        }
    }

    private <T> T fromJsonPayload(String json, Class<T> type) {
        try {
            return objectMapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new RuntimeException(e);
        }
    }
}
