package com.pagemart.orders.domain;

import com.pagemart.orders.domain.models.*;
import java.time.LocalDateTime;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
public class OrderService {
    private static final Logger log = LoggerFactory.getLogger(OrderService.class);

    private final JdbcTemplate jdbcTemplate;
    private final OrderValidator orderValidator;
    private final OrderEventService orderEventService;

    OrderService(JdbcTemplate jdbcTemplate, OrderValidator orderValidator, OrderEventService orderEventService) {
        this.jdbcTemplate = jdbcTemplate;
        this.orderValidator = orderValidator;
        this.orderEventService = orderEventService;
    }

    public CreateOrderResponse createOrder(String userName, CreateOrderRequest request) {
        orderValidator.validate(request.items());
        String orderNumber = UUID.randomUUID().toString();
        jdbcTemplate.update("""
                insert into orders(order_number, username, customer_name, customer_email, customer_phone,
                  delivery_address_line1, delivery_address_city, delivery_address_country, status, created_at)
                values (?,?,?,?,?,?,?,?,'NEW',now())""",
                orderNumber, userName, request.customer().name(), request.customer().email(),
                request.customer().phone(), request.deliveryAddress().addressLine1(),
                request.deliveryAddress().city(), request.deliveryAddress().country());
        log.info("Created Order with orderNumber={}", orderNumber);
        orderEventService.save(new OrderCreatedEvent(UUID.randomUUID().toString(), orderNumber, request.items(),
                request.customer(), request.deliveryAddress(), LocalDateTime.now()));
        return new CreateOrderResponse(orderNumber);
    }
}
