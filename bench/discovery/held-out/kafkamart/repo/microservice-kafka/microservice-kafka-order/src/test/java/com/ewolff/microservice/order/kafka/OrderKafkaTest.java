package com.ewolff.microservice.order.kafka;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.ActiveProfiles;

import com.ewolff.microservice.order.OrderApp;
import com.ewolff.microservice.order.customer.CustomerRepository;
import com.ewolff.microservice.order.item.ItemRepository;
import com.ewolff.microservice.order.logic.Order;
import com.ewolff.microservice.order.logic.OrderService;

@SpringBootTest(classes = { OrderApp.class, KafkaListenerBean.class })
@ActiveProfiles("test")
@EmbeddedKafka(topics = "order", partitions = 1)
class OrderKafkaTest {

	@Autowired
	private KafkaListenerBean kafkaListenerBean;

	@Autowired
	private OrderService orderService;

	@Autowired
	private CustomerRepository customerRepository;

	@Autowired
	private ItemRepository itemRepository;

	@Test
	void orderCreatedSendsKafkaMassage() throws Exception {
		Order order = new Order(customerRepository.findAll().iterator().next());
		order.addLine(42, itemRepository.findAll().iterator().next());
		orderService.order(order);
		for (int i = 0; i < 50 && !kafkaListenerBean.isReceived(); i++) {
			Thread.sleep(200);
		}
		assertTrue(kafkaListenerBean.isReceived());
	}

}
