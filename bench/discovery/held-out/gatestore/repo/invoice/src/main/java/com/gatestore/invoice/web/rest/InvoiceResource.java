package com.gatestore.invoice.web.rest;

import com.gatestore.invoice.domain.Invoice;
import com.gatestore.invoice.repository.InvoiceRepository;
import com.gatestore.invoice.service.InvoiceService;
import com.gatestore.invoice.service.dto.OrderEventDTO;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tech.jhipster.web.util.PaginationUtil;
import tech.jhipster.web.util.ResponseUtil;

/**
 * REST controller for managing {@link Invoice}. Called by the gateway (/services/invoice/**)
 * and by the store's InvoiceClient.
 */
@RestController
@RequestMapping("/api/invoices")
public class InvoiceResource {

    private final InvoiceRepository invoiceRepository;
    private final InvoiceService invoiceService;

    public InvoiceResource(InvoiceRepository invoiceRepository, InvoiceService invoiceService) {
        this.invoiceRepository = invoiceRepository;
        this.invoiceService = invoiceService;
    }

    @PostMapping("")
    public ResponseEntity<Invoice> createInvoice(@RequestBody OrderEventDTO order) throws URISyntaxException {
        Invoice invoice = invoiceService.createForOrder(order);
        return ResponseEntity.created(new URI("/api/invoices/" + invoice.getId())).body(invoice);
    }

    @GetMapping("")
    public ResponseEntity<List<Invoice>> getAllInvoices(Pageable pageable) {
        Page<Invoice> page = invoiceRepository.findAll(pageable);
        var headers = PaginationUtil.generatePaginationHttpHeaders(ServletUriComponentsBuilder.fromCurrentRequest(), page);
        return ResponseEntity.ok().headers(headers).body(page.getContent());
    }

    @GetMapping("/by-order")
    public List<Invoice> getInvoicesByOrder(@RequestParam("orderCode") String orderCode) {
        return invoiceRepository.findAllByOrderCode(orderCode);
    }

    @GetMapping("/{id}")
    public ResponseEntity<Invoice> getInvoice(@PathVariable("id") Long id) {
        return ResponseUtil.wrapOrNotFound(invoiceRepository.findById(id));
    }

    @PostMapping("/{id}/pay")
    public ResponseEntity<Invoice> pay(@PathVariable("id") Long id) {
        return ResponseUtil.wrapOrNotFound(invoiceService.markPaid(id));
    }
}
