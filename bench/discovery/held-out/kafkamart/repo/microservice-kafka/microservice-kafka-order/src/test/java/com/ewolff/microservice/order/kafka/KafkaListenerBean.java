package com.ewolff.microservice.order.kafka;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

// Test-only consumer used to check that the order service publishes events.
@Component
public class KafkaListenerBean {

	private boolean received = false;

	@KafkaListener(topics = "order")
	public void order(String order) {
		received = true;
	}

	public boolean isReceived() {
		return received;
	}

}
