package com.railwaygo.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import java.util.Map;

@Component
public class OrderEventListener {

    private static final Logger LOG = LoggerFactory.getLogger(OrderEventListener.class);

    private final JavaMailSender mailSender;

    @Value("${notification.from}")
    private String from;

    public OrderEventListener(JavaMailSender mailSender) {
        this.mailSender = mailSender;
    }

    @RabbitListener(queues = "${notification.queue}")
    public void onOrderCreated(Map<String, Object> event) {
        Object email = event.get("email");
        if (email == null) {
            LOG.info("order {} has no contact e-mail, skipping", event.get("orderId"));
            return;
        }
        SimpleMailMessage msg = new SimpleMailMessage();
        msg.setFrom(from);
        msg.setTo(email.toString());
        msg.setSubject("Your RailWay Go ticket " + event.get("tripId"));
        msg.setText(String.format("Trip %s from %s to %s on %s, seat %s, price %s. Order id: %s",
                event.get("tripId"), event.get("startPlace"), event.get("endPlace"), event.get("date"),
                event.get("seatNumber"), event.get("price"), event.get("orderId")));
        mailSender.send(msg);
    }
}
