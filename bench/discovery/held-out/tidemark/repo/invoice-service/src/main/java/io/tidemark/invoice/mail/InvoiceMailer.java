package io.tidemark.invoice.mail;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import io.tidemark.invoice.config.InvoiceProperties;
import io.tidemark.invoice.service.InvoiceService.InvoiceIssued;

/** Emails invoices to customers. Disabled until the Postmark sender domain is verified. */
@Component
@ConditionalOnProperty(prefix = "tidemark.invoice.mail", name = "enabled", havingValue = "true")
public class InvoiceMailer {

    private final JavaMailSender mailSender;
    private final InvoiceProperties properties;

    public InvoiceMailer(JavaMailSender mailSender, InvoiceProperties properties) {
        this.mailSender = mailSender;
        this.properties = properties;
    }

    @TransactionalEventListener
    public void onIssued(InvoiceIssued event) {
        var invoice = event.invoice();
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(properties.mail().from());
        message.setTo(invoice.getCustomerId() + "@customers.tidemark.example");
        message.setSubject("Your Tidemark invoice for order " + invoice.getOrderId());
        message.setText("Amount due: " + invoice.getNetAmount().add(invoice.getVatAmount()) + " " + invoice.getCurrency());
        mailSender.send(message);
    }
}
