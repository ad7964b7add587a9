package com.fernwick.billing;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * Publishes an "invoice issued" event to the shared Artemis broker. The camelhub
 * invoice-archiver consumes the queue over AMQP and archives the invoice.
 */
@Component
public class InvoiceEventPublisher {

    private final JmsTemplate jms;
    private final String destination;

    public InvoiceEventPublisher(JmsTemplate jms,
                                 @Value("${billing.events.invoice-queue}") String destination) {
        this.jms = jms;
        this.destination = destination;
    }

    public void invoiceIssued(Invoice invoice) {
        jms.convertAndSend(destination, Map.of(
                "invoiceNumber", invoice.getInvoiceNumber(),
                "orderId", invoice.getOrderId(),
                "customerId", invoice.getCustomerId(),
                "total", invoice.getTotal().toPlainString(),
                "issuedAt", invoice.getIssuedAt().toString()));
    }
}
