package com.quickcart.notificationservice.service;

import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.mail.javamail.MimeMessagePreparator;
import org.springframework.stereotype.Service;

@Service
@RequiredArgsConstructor
@Slf4j
public class EmailService {

    private final JavaMailSender javaMailSender;

    @Value("${quickcart.notification.from:orders@quickcart.dev}")
    private String fromAddress;

    public void sendOrderConfirmation(String to, String orderNumber) {
        if (to == null || to.isBlank()) {
            log.warn("Order {} has no e-mail address, skipping notification", orderNumber);
            return;
        }
        MimeMessagePreparator messagePreparator = mimeMessage -> {
            MimeMessageHelper messageHelper = new MimeMessageHelper(mimeMessage);
            messageHelper.setFrom(fromAddress);
            messageHelper.setTo(to);
            messageHelper.setSubject(String.format("Your QuickCart order %s was placed", orderNumber));
            messageHelper.setText(String.format("""
                    Hi,

                    thanks for shopping with QuickCart. Your order %s has been placed and will ship soon.

                    Best regards,
                    The QuickCart team
                    """, orderNumber));
        };
        try {
            javaMailSender.send(messagePreparator);
            log.info("Order notification e-mail sent for order {}", orderNumber);
        } catch (MailException e) {
            log.error("Exception occurred when sending mail", e);
            throw new IllegalStateException("Exception occurred when sending mail to " + to, e);
        }
    }
}
