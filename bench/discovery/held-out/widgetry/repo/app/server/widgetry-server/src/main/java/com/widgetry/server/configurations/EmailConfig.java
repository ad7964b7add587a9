package com.widgetry.server.configurations;

import lombok.Getter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.AddressException;

@Getter
@Configuration
public class EmailConfig {

    @Value("${mail.enabled:false}")
    private boolean emailEnabled;

    @Value("${widgetry.mail.from}")
    private String mailFrom;

    @Value("${widgetry.mail.reply-to}")
    private String replyTo;

    @Value("${mail.support}")
    private String supportEmailAddress;

    public InternetAddress getMailFromAddress() {
        try {
            return new InternetAddress(mailFrom, true);
        } catch (AddressException e) {
            throw new IllegalStateException("Invalid WIDGETRY_MAIL_FROM: " + mailFrom, e);
        }
    }
}
