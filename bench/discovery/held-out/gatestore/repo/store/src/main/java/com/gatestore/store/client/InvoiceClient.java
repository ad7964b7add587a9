package com.gatestore.store.client;

import com.gatestore.store.service.dto.InvoiceRequestDTO;
import com.gatestore.store.service.dto.InvoiceSummaryDTO;
import java.util.List;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Synchronous client for the invoice microservice. The name is resolved through Consul
 * and Spring Cloud LoadBalancer (lb://invoice); requests carry a client-credentials token.
 */
@FeignClient(name = "invoice", configuration = OAuth2InterceptedFeignConfiguration.class)
public interface InvoiceClient {
    @PostMapping("/api/invoices")
    InvoiceSummaryDTO createInvoice(@RequestBody InvoiceRequestDTO request);

    @GetMapping("/api/invoices/by-order")
    List<InvoiceSummaryDTO> findByOrderCode(@RequestParam("orderCode") String orderCode);
}
