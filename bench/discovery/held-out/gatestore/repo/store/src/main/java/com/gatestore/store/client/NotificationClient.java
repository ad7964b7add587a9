package com.gatestore.store.client;

import com.gatestore.store.service.dto.OrderNotificationDTO;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * Direct push of order confirmations to the notification service.
 * <p>
 * Superseded by the store.order-events topic (see {@link com.gatestore.store.broker.OrderEventProducer});
 * only registered when {@code application.notification.direct-calls-enabled=true}.
 */
@ConditionalOnProperty(prefix = "application.notification", name = "direct-calls-enabled", havingValue = "true")
@FeignClient(name = "notification", configuration = OAuth2InterceptedFeignConfiguration.class)
public interface NotificationClient {
    @PostMapping("/api/notifications")
    void notifyOrderPlaced(@RequestBody OrderNotificationDTO notification);
}
