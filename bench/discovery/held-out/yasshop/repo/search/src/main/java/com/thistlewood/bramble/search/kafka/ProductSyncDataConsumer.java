package com.thistlewood.bramble.search.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.thistlewood.bramble.search.service.ProductSyncDataService;
import lombok.extern.slf4j.Slf4j;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Consumes Debezium change events of the product table and keeps the search index in sync.
 */
@Slf4j
@Component
public class ProductSyncDataConsumer {

    private final ProductSyncDataService productSyncDataService;
    private final ObjectMapper objectMapper;

    public ProductSyncDataConsumer(ProductSyncDataService productSyncDataService, ObjectMapper objectMapper) {
        this.productSyncDataService = productSyncDataService;
        this.objectMapper = objectMapper;
    }

    @KafkaListener(topics = "${product.topic.name}", groupId = "${spring.kafka.consumer.group-id}")
    public void listen(ConsumerRecord<String, String> record) throws Exception {
        if (record.value() == null) {
            return; // tombstone
        }
        JsonNode event = objectMapper.readTree(record.value());
        String op = event.path("op").asText();
        switch (op) {
            case "c", "r", "u" -> productSyncDataService.upsertProduct(event.path("after").path("id").asLong());
            case "d" -> productSyncDataService.deleteProduct(event.path("before").path("id").asLong());
            default -> log.debug("Ignoring Debezium op '{}' at offset {}", op, record.offset());
        }
    }
}
