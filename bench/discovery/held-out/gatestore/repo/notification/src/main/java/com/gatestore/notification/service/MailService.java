package com.gatestore.notification.service;

import com.gatestore.notification.service.dto.InvoiceEventDTO;
import com.gatestore.notification.service.dto.OrderEventDTO;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Service;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import tech.jhipster.config.JHipsterProperties;

/**
 * Service for sending emails through the configured SMTP relay (spring.mail.*).
 */
@Service
public class MailService {

    private static final Logger log = LoggerFactory.getLogger(MailService.class);

    private final JHipsterProperties jHipsterProperties;
    private final JavaMailSender javaMailSender;
    private final SpringTemplateEngine templateEngine;

    public MailService(JHipsterProperties jHipsterProperties, JavaMailSender javaMailSender, SpringTemplateEngine templateEngine) {
        this.jHipsterProperties = jHipsterProperties;
        this.javaMailSender = javaMailSender;
        this.templateEngine = templateEngine;
    }

    @Async
    public void sendOrderEmail(OrderEventDTO event) {
        Context context = new Context(Locale.ENGLISH);
        context.setVariable("order", event);
        String content = templateEngine.process("mail/orderStatusEmail", context);
        sendEmail(event.getCustomerEmail(), "Your Gatestore order " + event.getOrderCode(), content);
    }

    @Async
    public void sendInvoiceEmail(InvoiceEventDTO event) {
        Context context = new Context(Locale.ENGLISH);
        context.setVariable("invoice", event);
        String content = templateEngine.process("mail/invoiceEmail", context);
        sendEmail(event.getCustomerEmail(), "Gatestore invoice " + event.getInvoiceCode(), content);
    }

    private void sendEmail(String to, String subject, String content) {
        MimeMessage mimeMessage = javaMailSender.createMimeMessage();
        try {
            MimeMessageHelper message = new MimeMessageHelper(mimeMessage, false, StandardCharsets.UTF_8.name());
            message.setTo(to);
            message.setFrom(jHipsterProperties.getMail().getFrom());
            message.setSubject(subject);
            message.setText(content, true);
            javaMailSender.send(mimeMessage);
            log.debug("Sent email to '{}'", to);
        } catch (MailException | MessagingException e) {
            log.warn("Email could not be sent to user '{}'", to, e);
        }
    }
}
