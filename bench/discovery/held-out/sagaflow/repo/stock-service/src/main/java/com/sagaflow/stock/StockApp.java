package com.sagaflow.stock;

import com.sagaflow.domain.Order;
import com.sagaflow.domain.OrderStatus;
import com.sagaflow.domain.Topics;
import com.sagaflow.stock.service.OrderManageService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.kafka.annotation.EnableKafka;
import org.springframework.kafka.annotation.KafkaListener;

@SpringBootApplication
@EnableKafka
public class StockApp {

    private static final Logger LOG = LoggerFactory.getLogger(StockApp.class);

    private final OrderManageService orderManageService;

    public StockApp(OrderManageService orderManageService) {
        this.orderManageService = orderManageService;
    }

    public static void main(String[] args) {
        SpringApplication.run(StockApp.class, args);
    }

    @KafkaListener(id = "orders", topics = Topics.ORDERS, groupId = "stock")
    public void onEvent(Order order) {
        LOG.info("Received: {}", order);
        if (order.getStatus() == OrderStatus.NEW) {
            orderManageService.reserve(order);
        } else {
            orderManageService.confirm(order);
        }
    }
}
