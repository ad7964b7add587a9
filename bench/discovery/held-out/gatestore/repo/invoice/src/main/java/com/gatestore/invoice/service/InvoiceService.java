package com.gatestore.invoice.service;

import com.gatestore.invoice.broker.InvoiceEventProducer;
import com.gatestore.invoice.domain.Invoice;
import com.gatestore.invoice.domain.enumeration.InvoiceStatus;
import com.gatestore.invoice.repository.InvoiceRepository;
import com.gatestore.invoice.service.dto.OrderEventDTO;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
public class InvoiceService {

    private static final Logger log = LoggerFactory.getLogger(InvoiceService.class);

    private final InvoiceRepository invoiceRepository;
    private final InvoiceEventProducer invoiceEventProducer;

    public InvoiceService(InvoiceRepository invoiceRepository, InvoiceEventProducer invoiceEventProducer) {
        this.invoiceRepository = invoiceRepository;
        this.invoiceEventProducer = invoiceEventProducer;
    }

    /** Idempotent: the store calls us synchronously and also publishes ORDER_PLACED. */
    public Invoice createForOrder(OrderEventDTO order) {
        return invoiceRepository
            .findAllByOrderCode(order.getOrderCode())
            .stream()
            .findFirst()
            .orElseGet(() -> {
                Invoice invoice = new Invoice();
                invoice.setCode("INV-" + order.getOrderCode());
                invoice.setDate(Instant.now());
                invoice.setStatus(InvoiceStatus.ISSUED);
                invoice.setAmount(order.getTotal());
                invoice.setOrderCode(order.getOrderCode());
                invoice.setCustomerEmail(order.getCustomerEmail());
                Invoice saved = invoiceRepository.save(invoice);
                invoiceEventProducer.invoiceIssued(saved);
                return saved;
            });
    }

    public void cancelForOrder(String orderCode) {
        invoiceRepository
            .findAllByOrderCode(orderCode)
            .forEach(invoice -> {
                invoice.setStatus(InvoiceStatus.CANCELLED);
                log.info("Cancelled invoice {} for order {}", invoice.getCode(), orderCode);
            });
    }

    public Optional<Invoice> markPaid(Long id) {
        return invoiceRepository
            .findById(id)
            .map(invoice -> {
                invoice.setStatus(InvoiceStatus.PAID);
                invoiceEventProducer.invoicePaid(invoice);
                return invoice;
            });
    }
}
