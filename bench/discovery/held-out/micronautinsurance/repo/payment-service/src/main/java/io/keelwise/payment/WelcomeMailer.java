package io.keelwise.payment;

import io.micronaut.context.annotation.Value;
import io.micronaut.email.BodyType;
import io.micronaut.email.Email;
import io.micronaut.email.EmailSender;
import jakarta.inject.Singleton;

/**
 * Sends the bank transfer details for a new policy account over SMTP (MailHog in docker-compose).
 */
@Singleton
public class WelcomeMailer {

    private final EmailSender<?, ?> emailSender;
    private final boolean enabled;

    public WelcomeMailer(EmailSender<?, ?> emailSender,
                         @Value("${keelwise.payments.send-welcome-email:true}") boolean enabled) {
        this.emailSender = emailSender;
        this.enabled = enabled;
    }

    public void sendAccountDetails(PolicyAccount account) {
        if (!enabled || account.holderEmail() == null) {
            return;
        }
        emailSender.send(Email.builder()
                .to(account.holderEmail())
                .subject("Your Keelwise policy " + account.policyNumber())
                .body("Please transfer " + account.expectedAmount() + " EUR to account " + account.policyAccountNo()
                        + " quoting your policy number.", BodyType.TEXT));
    }
}
