package io.tidemark.invoice.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.databind.JsonNode;

import io.tidemark.invoice.config.InvoiceProperties;
import io.tidemark.invoice.domain.Invoice;
import io.tidemark.invoice.domain.InvoiceRepository;

@Service
public class InvoiceService {

    private static final Logger log = LoggerFactory.getLogger(InvoiceService.class);

    private final InvoiceRepository repository;
    private final InvoiceProperties properties;
    private final ApplicationEventPublisher events;

    public InvoiceService(InvoiceRepository repository, InvoiceProperties properties,
                          ApplicationEventPublisher events) {
        this.repository = repository;
        this.properties = properties;
        this.events = events;
    }

    @Transactional
    public Optional<Invoice> issueFor(UUID eventId, JsonNode order) {
        if (repository.existsBySourceEventId(eventId)) {
            log.info("Invoice for event {} already issued", eventId);
            return Optional.empty();
        }
        BigDecimal net = new BigDecimal(order.get("totalValue").asText());
        BigDecimal vat = net.multiply(properties.vatRate()).setScale(2, RoundingMode.HALF_UP);
        Invoice invoice = repository.save(new Invoice(eventId, order.get("id").asLong(),
                order.get("customerId").asText(), net, vat, properties.currency()));
        events.publishEvent(new InvoiceIssued(invoice));
        return Optional.of(invoice);
    }

    @Transactional
    public void orderLineChanged(JsonNode change) {
        repository.findFirstByOrderIdOrderByIssuedAtDesc(change.get("orderId").asLong())
                .ifPresent(Invoice::markCorrected);
    }

    public record InvoiceIssued(Invoice invoice) {
    }
}
