package com.ewolff.microservice.order.logic;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.ActiveProfiles;

import com.ewolff.microservice.order.OrderApp;

@SpringBootTest(classes = OrderApp.class, webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@EmbeddedKafka(topics = "order")
class OrderWebIntegrationTest {

	@Autowired
	private TestRestTemplate restTemplate;

	@Test
	void isHTMLReturned() {
		String body = restTemplate.getForObject("/", String.class);
		assertTrue(body.contains("<html"));
	}

}
