package com.quickcart.notificationservice;

import com.quickcart.notificationservice.event.OrderPlacedEvent;
import com.quickcart.notificationservice.listener.OrderPlacedListener;
import com.quickcart.notificationservice.service.EmailService;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

class OrderPlacedListenerTest {

    @Test
    void sendsConfirmationForEachEvent() {
        EmailService emailService = Mockito.mock(EmailService.class);
        OrderPlacedListener listener = new OrderPlacedListener(emailService, ObservationRegistry.NOOP);

        listener.handleNotification(new OrderPlacedEvent("42", "jane@example.com"));

        Mockito.verify(emailService).sendOrderConfirmation("jane@example.com", "42");
    }
}
