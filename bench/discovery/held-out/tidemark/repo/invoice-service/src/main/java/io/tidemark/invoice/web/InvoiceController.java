package io.tidemark.invoice.web;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.tidemark.invoice.domain.Invoice;
import io.tidemark.invoice.domain.InvoiceRepository;

@RestController
@RequestMapping("/invoices")
public class InvoiceController {

    private final InvoiceRepository repository;

    public InvoiceController(InvoiceRepository repository) {
        this.repository = repository;
    }

    @GetMapping
    public List<Invoice> forCustomer(@RequestParam String customerId) {
        return repository.findByCustomerIdOrderByIssuedAtDesc(customerId);
    }

    @GetMapping("/order/{orderId}")
    public ResponseEntity<Invoice> forOrder(@PathVariable Long orderId) {
        return ResponseEntity.of(repository.findFirstByOrderIdOrderByIssuedAtDesc(orderId));
    }
}
