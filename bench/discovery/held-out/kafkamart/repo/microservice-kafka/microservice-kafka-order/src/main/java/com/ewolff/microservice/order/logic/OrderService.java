package com.ewolff.microservice.order.logic;

import java.util.Date;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class OrderService {

	private final Logger log = LoggerFactory.getLogger(OrderService.class);

	private final KafkaTemplate<String, Order> kafkaTemplate;

	private final OrderRepository orderRepository;

	// Disabled by default: would mirror every order to an audit topic.
	// Nobody consumes that topic; kept for a workshop exercise.
	@Value("${order.kafka.audit-enabled:false}")
	private boolean auditEnabled;

	@Value("${order.kafka.audit-topic:order-audit}")
	private String auditTopic;

	@Autowired
	public OrderService(KafkaTemplate<String, Order> kafkaTemplate, OrderRepository orderRepository) {
		this.kafkaTemplate = kafkaTemplate;
		this.orderRepository = orderRepository;
	}

	@Transactional
	public Order order(Order order) {
		if (order.getNumberOfLines() == 0) {
			throw new IllegalArgumentException("No order lines!");
		}
		order.setUpdated(new Date());
		Order result = orderRepository.save(order);
		fireOrderCreatedEvent(order);
		return result;
	}

	private void fireOrderCreatedEvent(Order order) {
		log.info("Sending order {} to topic order", order.getId());
		kafkaTemplate.send("order", order.getId() + "created", order);
		if (auditEnabled) {
			kafkaTemplate.send(auditTopic, Long.toString(order.getId()), order);
		}
	}

	public double getPrice(long orderId) {
		return orderRepository.findById(orderId).map(Order::totalPrice).orElse(0.0);
	}

}
