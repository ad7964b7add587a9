package com.ewolff.microservice.shipping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.serializer.JsonSerializer;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(classes = ShippingApp.class)
@ActiveProfiles("test")
@EmbeddedKafka(topics = "order", partitions = 1)
class ShipmentKafkaTest {

	@Autowired
	private EmbeddedKafkaBroker embeddedKafka;

	@Autowired
	private ShipmentRepository shipmentRepository;

	@Test
	void orderEventIsConsumed() throws Exception {
		Map<String, Object> props = new HashMap<>();
		props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, embeddedKafka.getBrokersAsString());
		props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
		props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, JsonSerializer.class);
		KafkaTemplate<String, Shipment> template = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(props));
		long before = shipmentRepository.count();
		Shipment shipment = new Shipment();
		shipment.setId(42L);
		template.send("order", "42created", shipment);
		for (int i = 0; i < 50 && shipmentRepository.count() == before; i++) {
			Thread.sleep(200);
		}
		assertEquals(before + 1, shipmentRepository.count());
	}

}
