package com.ewolff.microservice.shipping.events;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.Acknowledgment;
import org.springframework.stereotype.Component;

import com.ewolff.microservice.shipping.Shipment;
import com.ewolff.microservice.shipping.ShipmentService;

@Component
public class OrderKafkaListener {

	private final Logger log = LoggerFactory.getLogger(OrderKafkaListener.class);

	private final ShipmentService shipmentService;

	// Planned: tell the order service that the order has been shipped.
	// Never enabled - shipping only consumes events, it does not call order.
	// private final RestTemplate restTemplate = new RestTemplate();
	// restTemplate.postForObject("http://order:8080/api/order/" + id + "/shipped", null, Void.class);

	@Autowired
	public OrderKafkaListener(ShipmentService shipmentService) {
		this.shipmentService = shipmentService;
	}

	@KafkaListener(topics = "order")
	public void order(Shipment shipment, Acknowledgment acknowledgment) {
		log.info("Received shipment " + shipment.getId());
		shipmentService.shipment(shipment);
		acknowledgment.acknowledge();
	}

}
