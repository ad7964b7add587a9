package com.bayshore.policymanagement.infrastructure.messaging;

import com.bayshore.policymanagement.domain.InsuranceQuoteRequestEntity;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;

@Component
public class CustomerSelfServiceMessageProducer {

    private final JmsTemplate jms;
    private final String quoteResponses;
    private final String policyCreated;

    public CustomerSelfServiceMessageProducer(JmsTemplate jms,
                                              @Value("${messaging.queues.quote-responses}") String quoteResponses,
                                              @Value("${messaging.queues.policy-created}") String policyCreated) {
        this.jms = jms;
        this.quoteResponses = quoteResponses;
        this.policyCreated = policyCreated;
    }

    public void sendQuoteResponse(InsuranceQuoteRequestEntity request, boolean accepted) {
        jms.convertAndSend(quoteResponses, new MessagingEvents.InsuranceQuoteResponseEvent(Instant.now(),
                request.getId(), accepted, null, request.getInsurancePremium(), request.getPolicyLimit()));
    }

    public void sendQuoteExpired(InsuranceQuoteRequestEntity request) {
        jms.convertAndSend(quoteResponses, new MessagingEvents.InsuranceQuoteExpiredEvent(Instant.now(), request.getId()));
    }

    public void sendPolicyCreated(InsuranceQuoteRequestEntity request, String policyId) {
        jms.convertAndSend(policyCreated, new MessagingEvents.PolicyCreatedEvent(Instant.now(), request.getId(), policyId));
    }
}
