package com.gatestore.notification.broker;

import com.gatestore.notification.domain.Notification;
import com.gatestore.notification.domain.enumeration.NotificationType;
import com.gatestore.notification.repository.NotificationRepository;
import com.gatestore.notification.service.MailService;
import com.gatestore.notification.service.dto.InvoiceEventDTO;
import com.gatestore.notification.service.dto.OrderEventDTO;
import com.gatestore.notification.service.sms.SmsSender;
import java.time.Instant;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Kafka consumers (Spring Cloud Stream functions):
 * <ul>
 *   <li>{@code orderEventsConsumer-in-0}   - topic store.order-events</li>
 *   <li>{@code invoiceEventsConsumer-in-0} - topic invoice.invoice-events</li>
 * </ul>
 */
@Configuration
public class NotificationEventsConsumer {

    private static final Logger log = LoggerFactory.getLogger(NotificationEventsConsumer.class);

    private final NotificationRepository notificationRepository;
    private final MailService mailService;
    private final SmsSender smsSender;

    public NotificationEventsConsumer(NotificationRepository notificationRepository, MailService mailService, SmsSender smsSender) {
        this.notificationRepository = notificationRepository;
        this.mailService = mailService;
        this.smsSender = smsSender;
    }

    @Bean
    public Consumer<OrderEventDTO> orderEventsConsumer() {
        return event -> {
            log.debug("Order event {} for {}", event.getType(), event.getOrderCode());
            if ("ORDER_SHIPPED".equals(event.getType()) || "ORDER_PLACED".equals(event.getType())) {
                mailService.sendOrderEmail(event);
                if (event.getCustomerPhone() != null) {
                    smsSender.send(event.getCustomerPhone(), "Gatestore: your order " + event.getOrderCode() + " is " + event.getStatusLabel());
                }
                record(NotificationType.EMAIL, event.getCustomerEmail(), event.getOrderCode(), event.getType());
            }
        };
    }

    @Bean
    public Consumer<InvoiceEventDTO> invoiceEventsConsumer() {
        return event -> {
            log.debug("Invoice event {} for {}", event.getType(), event.getInvoiceCode());
            mailService.sendInvoiceEmail(event);
            record(NotificationType.EMAIL, event.getCustomerEmail(), event.getInvoiceCode(), event.getType());
        };
    }

    private void record(NotificationType type, String recipient, String reference, String details) {
        Notification n = new Notification();
        n.setDate(Instant.now());
        n.setSentDate(Instant.now());
        n.setFormat(type);
        n.setRecipient(recipient);
        n.setReference(reference);
        n.setDetails(details);
        notificationRepository.save(n);
    }
}
