package com.bayshore.customerselfservice.infrastructure;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;

@Component
public class WelcomeMailSender {

    private static final Logger log = LoggerFactory.getLogger(WelcomeMailSender.class);

    private final JavaMailSender mailSender;
    private final String from;

    public WelcomeMailSender(JavaMailSender mailSender, @Value("${bayshore.mail.from}") String from) {
        this.mailSender = mailSender;
        this.from = from;
    }

    @Async
    public void sendWelcome(String email, String firstname) {
        SimpleMailMessage msg = new SimpleMailMessage();
        msg.setFrom(from);
        msg.setTo(email);
        msg.setSubject("Welcome to Bayshore Assurance");
        msg.setText("Hello " + firstname + ",\n\nyour Bayshore Assurance account is ready. "
                + "You can now request insurance quotes online.\n\nYour Bayshore team");
        try {
            mailSender.send(msg);
        } catch (MailException e) {
            // Sign-up must not fail because the mail server is down.
            log.warn("Could not send welcome mail to {}: {}", email, e.getMessage());
        }
    }
}
