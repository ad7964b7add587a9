package com.sagaflow.stock.service;

import com.sagaflow.domain.Order;
import com.sagaflow.domain.OrderSource;
import com.sagaflow.domain.OrderStatus;
import com.sagaflow.domain.Topics;
import com.sagaflow.stock.domain.Product;
import com.sagaflow.stock.repository.ProductRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class OrderManageService {

    private static final Logger LOG = LoggerFactory.getLogger(OrderManageService.class);

    private final ProductRepository repository;
    private final KafkaTemplate<Long, Order> template;

    public OrderManageService(ProductRepository repository, KafkaTemplate<Long, Order> template) {
        this.repository = repository;
        this.template = template;
    }

    @Transactional
    public void reserve(Order order) {
        Product product = repository.findById(order.getProductId()).orElseThrow();
        LOG.info("Reserving {} x product {}", order.getProductCount(), product.getId());

        if (order.getProductCount() < product.getAvailableItems()) {
            product.setReservedItems(product.getReservedItems() + order.getProductCount());
            product.setAvailableItems(product.getAvailableItems() - order.getProductCount());
            order.setStatus(OrderStatus.ACCEPT);
            repository.save(product);
        } else {
            order.setStatus(OrderStatus.REJECT);
        }
        order.setSource(OrderSource.STOCK);
        template.send(Topics.STOCK_ORDERS, order.getId(), order);
        LOG.info("Sent: {}", order);
    }

    @Transactional
    public void confirm(Order order) {
        Product product = repository.findById(order.getProductId()).orElseThrow();
        if (order.getStatus() == OrderStatus.CONFIRMED) {
            product.setReservedItems(product.getReservedItems() - order.getProductCount());
            repository.save(product);
        } else if (order.getStatus() == OrderStatus.ROLLBACK && order.getSource() != OrderSource.STOCK) {
            product.setReservedItems(product.getReservedItems() - order.getProductCount());
            product.setAvailableItems(product.getAvailableItems() + order.getProductCount());
            repository.save(product);
        }
    }
}
