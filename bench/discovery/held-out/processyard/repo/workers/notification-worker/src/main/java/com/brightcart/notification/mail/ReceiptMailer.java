package com.brightcart.notification.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

@Component
public class ReceiptMailer {

    private final JavaMailSender mailSender;
    private final TemplateRenderer templates;
    private final String from;

    public ReceiptMailer(JavaMailSender mailSender, TemplateRenderer templates,
                         @Value("${brightcart.mail.from}") String from) {
        this.mailSender = mailSender;
        this.templates = templates;
        this.from = from;
    }

    public String sendReceipt(String to, String name, String orderId, long amountCents, String currency, String invoiceUrl) {
        String html = templates.render("receipt", Map.of(
                "name", name, "orderId", orderId,
                "amount", String.format(Locale.ROOT, "%.2f %s", amountCents / 100.0, currency),
                "invoiceUrl", invoiceUrl));
        return send(to, "Your Brightcart receipt for order " + orderId, html);
    }

    public void sendPaymentFailed(String to, String orderId, String declineCode) {
        String html = templates.render("payment-failed", Map.of("orderId", orderId, "declineCode", declineCode));
        send(to, "We couldn't take payment for order " + orderId, html);
    }

    private String send(String to, String subject, String html) {
        try {
            MimeMessage message = mailSender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(from);
            helper.setTo(to);
            helper.setSubject(subject);
            helper.setText(html, true);
            mailSender.send(message);
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException("Could not build mail to " + to, e);
        }
    }
}
