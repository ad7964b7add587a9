package io.keelwise.payment;

import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.Topic;

import java.math.BigDecimal;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;

@KafkaListener(groupId = "payment-service", offsetReset = OffsetReset.EARLIEST)
public class PolicyEventsListener {

    private final PolicyAccountRepository accounts;
    private final WelcomeMailer mailer;

    public PolicyEventsListener(PolicyAccountRepository accounts, WelcomeMailer mailer) {
        this.accounts = accounts;
        this.mailer = mailer;
    }

    @Topic("keelwise.policy-registered")
    public void onPolicyRegistered(PolicyRegisteredEvent event) {
        if (accounts.findByPolicyNumber(event.policyNumber()).isPresent()) {
            return; // redelivery
        }
        PolicyAccount account = accounts.save(new PolicyAccount(null, accountNumberFor(event.policyNumber()),
                event.policyNumber(), event.policyHolderEmail(), event.totalPremium(), BigDecimal.ZERO, false));
        mailer.sendAccountDetails(account);
    }

    private static String accountNumberFor(String policyNumber) {
        return "231" + Math.abs(policyNumber.hashCode() % 1_000_000_000L);
    }

    @Topic("keelwise.policy-terminated")
    public void onPolicyTerminated(PolicyTerminatedEvent event) {
        accounts.findByPolicyNumber(event.policyNumber()).ifPresent(a -> accounts.update(a.close()));
    }

    /** Consumer-side copy of policy-service's PolicyRegistered contract. */
    @Serdeable
    public record PolicyRegisteredEvent(String policyNumber, String productCode, String vesselName,
                                        String policyHolderName, String policyHolderEmail, String agentLogin,
                                        LocalDate coverFrom, LocalDate coverTo, BigDecimal totalPremium) {
    }

    @Serdeable
    public record PolicyTerminatedEvent(String policyNumber, String agentLogin, LocalDate terminationDate,
                                        String reason) {
    }
}
