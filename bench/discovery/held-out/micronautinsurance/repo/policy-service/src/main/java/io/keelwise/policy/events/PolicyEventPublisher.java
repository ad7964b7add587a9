package io.keelwise.policy.events;

import io.micronaut.configuration.kafka.annotation.KafkaClient;
import io.micronaut.configuration.kafka.annotation.KafkaKey;
import io.micronaut.configuration.kafka.annotation.Topic;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Policy lifecycle events. Consumers (policy-search, payment, documents, chat) keep their own
 * copies of these contracts – see docs/architecture.md#events.
 */
@KafkaClient(id = "policy-events")
public interface PolicyEventPublisher {

    String POLICY_REGISTERED = "keelwise.policy-registered";
    String POLICY_TERMINATED = "keelwise.policy-terminated";

    @Topic(POLICY_REGISTERED)
    void policyRegistered(@KafkaKey String policyNumber, PolicyRegistered event);

    @Topic(POLICY_TERMINATED)
    void policyTerminated(@KafkaKey String policyNumber, PolicyTerminated event);

    @Serdeable
    record PolicyRegistered(String policyNumber, String productCode, String vesselName, String policyHolderName,
                            String policyHolderEmail, String agentLogin, LocalDate coverFrom, LocalDate coverTo,
                            BigDecimal totalPremium) {
    }

    @Serdeable
    record PolicyTerminated(String policyNumber, String agentLogin, LocalDate terminationDate, String reason) {
    }
}
