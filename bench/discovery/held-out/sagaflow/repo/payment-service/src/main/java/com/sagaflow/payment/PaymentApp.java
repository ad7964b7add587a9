package com.sagaflow.payment;

import com.sagaflow.domain.Order;
import com.sagaflow.domain.OrderStatus;
import com.sagaflow.domain.Topics;
import com.sagaflow.payment.service.OrderManageService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.kafka.annotation.EnableKafka;
import org.springframework.kafka.annotation.KafkaListener;

@SpringBootApplication
@EnableKafka
@ConfigurationPropertiesScan
public class PaymentApp {

    private static final Logger LOG = LoggerFactory.getLogger(PaymentApp.class);

    private final OrderManageService orderManageService;

    public PaymentApp(OrderManageService orderManageService) {
        this.orderManageService = orderManageService;
    }

    public static void main(String[] args) {
        SpringApplication.run(PaymentApp.class, args);
    }

    @KafkaListener(id = "orders", topics = Topics.ORDERS, groupId = "payment")
    public void onEvent(Order order) {
        LOG.info("Received: {}", order);
        if (order.getStatus() == OrderStatus.NEW) {
            orderManageService.reserve(order);
        } else {
            orderManageService.confirm(order);
        }
    }
}
