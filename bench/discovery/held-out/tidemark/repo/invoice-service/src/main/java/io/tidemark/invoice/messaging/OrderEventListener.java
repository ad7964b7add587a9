package io.tidemark.invoice.messaging;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.tidemark.invoice.service.InvoiceService;

@Component
public class OrderEventListener {

    private final InvoiceService invoices;
    private final ObjectMapper mapper;

    public OrderEventListener(InvoiceService invoices, ObjectMapper mapper) {
        this.invoices = invoices;
        this.mapper = mapper;
    }

    @KafkaListener(topics = "#{@'tidemark.kafka-io.tidemark.invoice.config.TidemarkKafkaProperties'.orderEventsTopic()}",
                   containerFactory = "orderEventListenerFactory")
    public void onOrderEvent(ConsumerRecord<String, String> record) throws JsonProcessingException {
        UUID eventId = UUID.fromString(header(record, "messageId"));
        String type = header(record, "eventType");
        var payload = mapper.readTree(record.value());
        switch (type) {
            case "OrderCreated" -> invoices.issueFor(eventId, payload);
            case "OrderLineUpdated" -> invoices.orderLineChanged(payload);
            default -> { /* not relevant for invoicing */ }
        }
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null ? "" : new String(h.value(), StandardCharsets.UTF_8).replace("\"", "");
    }
}
