package com.gatestore.invoice.broker;

import static org.assertj.core.api.Assertions.assertThat;

import com.gatestore.invoice.IntegrationTest;
import com.gatestore.invoice.repository.InvoiceRepository;
import com.gatestore.invoice.service.dto.OrderEventDTO;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.stream.binder.test.InputDestination;
import org.springframework.cloud.stream.binder.test.OutputDestination;
import org.springframework.cloud.stream.binder.test.TestChannelBinderConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.messaging.support.MessageBuilder;

/**
 * Uses the Spring Cloud Stream test binder: no Kafka broker is needed.
 */
@IntegrationTest
@Import(TestChannelBinderConfiguration.class)
class OrderEventConsumerIT {

    @Autowired
    private InputDestination input;

    @Autowired
    private OutputDestination output;

    @Autowired
    private InvoiceRepository invoiceRepository;

    @Test
    void orderPlacedCreatesInvoiceAndPublishesEvent() {
        OrderEventDTO event = new OrderEventDTO("ORDER_PLACED", "ORD-1001", new BigDecimal("42.50"), "jane@example.com");
        input.send(MessageBuilder.withPayload(event).build(), "store.order-events");

        assertThat(invoiceRepository.findAllByOrderCode("ORD-1001")).hasSize(1);
        assertThat(output.receive(1000, "invoice.invoice-events")).isNotNull();
    }
}
