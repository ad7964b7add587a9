package com.gatestore.invoice.broker;

import com.gatestore.invoice.domain.Invoice;
import com.gatestore.invoice.service.dto.InvoiceEventDTO;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.stereotype.Component;

/**
 * Publishes invoice events on binding invoiceEvents-out-0 (topic invoice.invoice-events).
 */
@Component
public class InvoiceEventProducer {

    private static final String BINDING = "invoiceEvents-out-0";

    private final StreamBridge streamBridge;

    public InvoiceEventProducer(StreamBridge streamBridge) {
        this.streamBridge = streamBridge;
    }

    public void invoiceIssued(Invoice invoice) {
        streamBridge.send(BINDING, InvoiceEventDTO.of("INVOICE_ISSUED", invoice));
    }

    public void invoicePaid(Invoice invoice) {
        streamBridge.send(BINDING, InvoiceEventDTO.of("INVOICE_PAID", invoice));
    }
}
