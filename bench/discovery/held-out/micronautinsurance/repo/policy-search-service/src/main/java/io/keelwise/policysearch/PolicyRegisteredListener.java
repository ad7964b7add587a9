package io.keelwise.policysearch;

import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.Topic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.LocalDate;

@KafkaListener(groupId = "policy-search", offsetReset = OffsetReset.EARLIEST)
public class PolicyRegisteredListener {

    private static final Logger LOG = LoggerFactory.getLogger(PolicyRegisteredListener.class);

    private final PolicyViewRepository repository;

    public PolicyRegisteredListener(PolicyViewRepository repository) {
        this.repository = repository;
    }

    @Topic("keelwise.policy-registered")
    public void onPolicyRegistered(PolicyRegisteredEvent event) {
        LOG.debug("Indexing policy {}", event.policyNumber());
        repository.save(new PolicyView(event.policyNumber(), event.productCode(), event.vesselName(),
                event.policyHolderName(), event.coverFrom(), event.coverTo(), event.totalPremium(), false));
    }

    @Topic("keelwise.policy-terminated")
    public void onPolicyTerminated(PolicyTerminatedEvent event) {
        repository.markTerminated(event.policyNumber());
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
