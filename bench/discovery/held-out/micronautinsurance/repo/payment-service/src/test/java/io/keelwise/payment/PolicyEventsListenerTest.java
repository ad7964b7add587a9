package io.keelwise.payment;

import io.keelwise.payment.PolicyEventsListener.PolicyRegisteredEvent;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

@MicronautTest(environments = "test", startApplication = false)
@Property(name = "kafka.enabled", value = "false")
@Property(name = "javamail.enabled", value = "false")
@Property(name = "consul.client.registration.enabled", value = "false")
class PolicyEventsListenerTest {

    @Inject
    PolicyEventsListener listener;

    @Inject
    PolicyAccountRepository accounts;

    @Inject
    WelcomeMailer mailer;

    @MockBean(PolicyAccountRepository.class)
    PolicyAccountRepository accounts() {
        PolicyAccountRepository repo = mock(PolicyAccountRepository.class);
        when(repo.findByPolicyNumber(any())).thenReturn(Optional.empty());
        when(repo.save(any())).thenAnswer(inv -> inv.getArgument(0));
        return repo;
    }

    @MockBean(WelcomeMailer.class)
    WelcomeMailer mailer() {
        return mock(WelcomeMailer.class);
    }

    @Test
    void createsAccountAndSendsMail() {
        listener.onPolicyRegistered(new PolicyRegisteredEvent("KW-2024-000042", "DINGHY", "Puffin", "Ola Berg",
                "ola@example.org", "marina.holt", LocalDate.now(), LocalDate.now().plusYears(1), new BigDecimal("45.00")));

        verify(accounts).save(any());
        verify(mailer).sendAccountDetails(any());
    }
}
