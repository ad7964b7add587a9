package com.sagaflow.payment.service;

import com.sagaflow.domain.Order;
import com.sagaflow.domain.OrderSource;
import com.sagaflow.domain.OrderStatus;
import com.sagaflow.domain.Topics;
import com.sagaflow.payment.domain.Customer;
import com.sagaflow.payment.fraud.FraudCheck;
import com.sagaflow.payment.repository.CustomerRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class OrderManageService {

    private static final Logger LOG = LoggerFactory.getLogger(OrderManageService.class);

    private final CustomerRepository repository;
    private final KafkaTemplate<Long, Order> template;
    private final FraudCheck fraudCheck;

    public OrderManageService(CustomerRepository repository, KafkaTemplate<Long, Order> template,
                              FraudCheck fraudCheck) {
        this.repository = repository;
        this.template = template;
        this.fraudCheck = fraudCheck;
    }

    @Transactional
    public void reserve(Order order) {
        Customer customer = repository.findById(order.getCustomerId()).orElseThrow();
        LOG.info("Reserving {} for customer {}", order.getPrice(), customer.getId());

        if (order.getPrice() < customer.getAmountAvailable() && fraudCheck.isAllowed(order)) {
            order.setStatus(OrderStatus.ACCEPT);
            customer.setAmountReserved(customer.getAmountReserved() + order.getPrice());
            customer.setAmountAvailable(customer.getAmountAvailable() - order.getPrice());
        } else {
            order.setStatus(OrderStatus.REJECT);
        }
        order.setSource(OrderSource.PAYMENT);
        repository.save(customer);
        template.send(Topics.PAYMENT_ORDERS, order.getId(), order);
        LOG.info("Sent: {}", order);
    }

    @Transactional
    public void confirm(Order order) {
        Customer customer = repository.findById(order.getCustomerId()).orElseThrow();
        if (order.getStatus() == OrderStatus.CONFIRMED) {
            customer.setAmountReserved(customer.getAmountReserved() - order.getPrice());
            repository.save(customer);
        } else if (order.getStatus() == OrderStatus.ROLLBACK && order.getSource() != OrderSource.PAYMENT) {
            customer.setAmountReserved(customer.getAmountReserved() - order.getPrice());
            customer.setAmountAvailable(customer.getAmountAvailable() + order.getPrice());
            repository.save(customer);
        }
    }
}
