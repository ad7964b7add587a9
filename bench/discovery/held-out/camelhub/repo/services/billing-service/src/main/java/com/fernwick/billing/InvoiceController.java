package com.fernwick.billing;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.*;

import java.math.BigDecimal;
import java.util.List;

@RestController
@RequestMapping("/api/invoices")
public class InvoiceController {

    private final InvoiceRepository invoices;
    private final InvoiceEventPublisher events;

    public InvoiceController(InvoiceRepository invoices, InvoiceEventPublisher events) {
        this.invoices = invoices;
        this.events = events;
    }

    public record Line(String sku, int quantity, BigDecimal unitPrice) {}
    public record InvoiceRequest(String orderId, String customerId, List<Line> lines) {}

    @PostMapping
    @Transactional
    public ResponseEntity<Invoice> raise(@RequestBody InvoiceRequest request) {
        BigDecimal total = request.lines() == null ? BigDecimal.ZERO : request.lines().stream()
                .map(l -> l.unitPrice() == null ? BigDecimal.ZERO
                        : l.unitPrice().multiply(BigDecimal.valueOf(l.quantity())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        String number = "INV-%08d".formatted(invoices.nextNumber());
        Invoice invoice = invoices.save(new Invoice(number, request.orderId(), request.customerId(), total));
        events.invoiceIssued(invoice);
        return ResponseEntity.status(HttpStatus.CREATED).body(invoice);
    }

    @GetMapping("/{invoiceNumber}")
    public ResponseEntity<Invoice> get(@PathVariable String invoiceNumber) {
        return ResponseEntity.of(invoices.findById(invoiceNumber));
    }
}
