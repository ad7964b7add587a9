package com.gatestore.store.service;

import com.gatestore.store.broker.OrderEventProducer;
import com.gatestore.store.client.InvoiceClient;
import com.gatestore.store.client.NotificationClient;
import com.gatestore.store.domain.ProductOrder;
import com.gatestore.store.domain.enumeration.OrderStatus;
import com.gatestore.store.repository.ProductOrderRepository;
import com.gatestore.store.service.dto.InvoiceRequestDTO;
import com.gatestore.store.service.dto.InvoiceSummaryDTO;
import com.gatestore.store.service.dto.OrderNotificationDTO;
import io.github.resilience4j.circuitbreaker.annotation.CircuitBreaker;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Service Implementation for managing {@link ProductOrder}.
 */
@Service
@Transactional
public class ProductOrderService {

    private static final Logger log = LoggerFactory.getLogger(ProductOrderService.class);

    private final ProductOrderRepository productOrderRepository;
    private final InvoiceClient invoiceClient;
    private final OrderEventProducer orderEventProducer;
    private final ObjectProvider<NotificationClient> notificationClient;

    public ProductOrderService(
        ProductOrderRepository productOrderRepository,
        InvoiceClient invoiceClient,
        OrderEventProducer orderEventProducer,
        ObjectProvider<NotificationClient> notificationClient
    ) {
        this.productOrderRepository = productOrderRepository;
        this.invoiceClient = invoiceClient;
        this.orderEventProducer = orderEventProducer;
        this.notificationClient = notificationClient;
    }

    public ProductOrder place(ProductOrder order) {
        log.debug("Request to place ProductOrder : {}", order.getCode());
        order.setPlacedDate(Instant.now());
        order.setStatus(OrderStatus.PENDING);
        ProductOrder saved = productOrderRepository.save(order);

        InvoiceSummaryDTO invoice = createInvoice(saved);
        saved.setInvoiceCode(invoice != null ? invoice.getCode() : null);

        orderEventProducer.orderPlaced(saved);
        // Legacy synchronous path, only present when application.notification.direct-calls-enabled=true
        notificationClient.ifAvailable(client -> client.notifyOrderPlaced(OrderNotificationDTO.from(saved)));
        return saved;
    }

    @CircuitBreaker(name = "invoice", fallbackMethod = "invoiceFallback")
    protected InvoiceSummaryDTO createInvoice(ProductOrder order) {
        return invoiceClient.createInvoice(InvoiceRequestDTO.from(order));
    }

    protected InvoiceSummaryDTO invoiceFallback(ProductOrder order, Throwable t) {
        log.warn("Invoice service unavailable for order {}, invoice will be created from the order event", order.getCode(), t);
        return null;
    }

    @Transactional(readOnly = true)
    public List<InvoiceSummaryDTO> invoicesFor(String orderCode) {
        return invoiceClient.findByOrderCode(orderCode);
    }

    public Optional<ProductOrder> ship(Long id) {
        return productOrderRepository
            .findById(id)
            .map(order -> {
                order.setStatus(OrderStatus.SHIPPED);
                orderEventProducer.orderShipped(order);
                return order;
            });
    }

    public Optional<ProductOrder> cancel(Long id) {
        return productOrderRepository
            .findById(id)
            .map(order -> {
                order.setStatus(OrderStatus.CANCELLED);
                orderEventProducer.orderCancelled(order);
                return order;
            });
    }
}
