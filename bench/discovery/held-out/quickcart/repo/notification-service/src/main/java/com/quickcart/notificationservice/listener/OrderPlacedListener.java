package com.quickcart.notificationservice.listener;

import com.quickcart.notificationservice.event.OrderPlacedEvent;
import com.quickcart.notificationservice.service.EmailService;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

@Component
@RequiredArgsConstructor
@Slf4j
public class OrderPlacedListener {

    private final EmailService emailService;
    private final ObservationRegistry observationRegistry;

    @KafkaListener(topics = "${quickcart.notification.topic}", groupId = "${spring.kafka.consumer.group-id}")
    public void handleNotification(OrderPlacedEvent orderPlacedEvent) {
        Observation.createNotStarted("on-message", this.observationRegistry).observe(() -> {
            log.info("Got message <{}>", orderPlacedEvent);
            emailService.sendOrderConfirmation(orderPlacedEvent.getEmail(), orderPlacedEvent.getOrderNumber());
        });
    }
}
