package com.widgetry.server.services.ce;

import com.widgetry.server.configurations.EmailConfig;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import lombok.extern.slf4j.Slf4j;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.regex.Pattern;

@Slf4j
@Component
public class EmailSenderCEImpl {

    private static final Pattern VALID_EMAIL = Pattern.compile("^[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+$");

    private final JavaMailSender javaMailSender;
    private final EmailConfig emailConfig;

    public EmailSenderCEImpl(JavaMailSender javaMailSender, EmailConfig emailConfig) {
        this.javaMailSender = javaMailSender;
        this.emailConfig = emailConfig;
    }

    /**
     * Invitations, password resets and email verification all go through the SMTP relay
     * configured with WIDGETRY_MAIL_HOST / WIDGETRY_MAIL_PORT.
     */
    public Mono<Boolean> sendMail(String to, String subject, String htmlBody) {
        if (!emailConfig.isEmailEnabled()) {
            log.debug("Mail is disabled (WIDGETRY_MAIL_ENABLED=false); dropping '{}' to {}", subject, to);
            return Mono.just(false);
        }
        if (to == null || !VALID_EMAIL.matcher(to).matches()) {
            return Mono.just(false);
        }
        return Mono.fromCallable(() -> {
                    MimeMessage message = javaMailSender.createMimeMessage();
                    MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
                    helper.setTo(to);
                    helper.setFrom(emailConfig.getMailFromAddress());
                    helper.setReplyTo(new InternetAddress(emailConfig.getReplyTo()));
                    helper.setSubject(subject);
                    helper.setText(htmlBody, true);
                    javaMailSender.send(message);
                    return true;
                })
                .subscribeOn(Schedulers.boundedElastic())
                .onErrorResume(MessagingException.class, e -> {
                    log.error("Unable to send mail to {}", to, e);
                    return Mono.just(false);
                });
    }
}
