package com.bayshore.policymanagement.infrastructure.messaging;

import com.bayshore.policymanagement.domain.PolicyAggregateRoot;
import com.bayshore.policymanagement.infrastructure.CustomerCoreRemoteProxy;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Publishes policy changes for the risk-management-server. It reads the queue over STOMP, so the body is a
 * plain JSON text message without the Spring type header.
 */
@Component
public class RiskManagementMessageProducer {

    private final JmsTemplate jms;
    private final ObjectMapper mapper;
    private final CustomerCoreRemoteProxy customerCore;
    private final String policyEvents;

    public RiskManagementMessageProducer(JmsTemplate jms, ObjectMapper mapper, CustomerCoreRemoteProxy customerCore,
                                         @Value("${messaging.queues.policy-events}") String policyEvents) {
        this.jms = jms;
        this.mapper = mapper;
        this.customerCore = customerCore;
        this.policyEvents = policyEvents;
    }

    public void policyUpdated(PolicyAggregateRoot policy) {
        var birthday = customerCore.getCustomer(policy.getCustomerId())
                .map(c -> c.customerProfile().birthday()).orElse(null);
        send(new MessagingEvents.PolicyEvent("UpdatePolicyEvent", Instant.now(), policy.getPolicyId(),
                policy.getCustomerId(), policy.getPolicyType(), policy.getInsurancePremium(), policy.getPolicyLimit(),
                birthday, null));
    }

    public void policyDeleted(String policyId) {
        send(new MessagingEvents.PolicyEvent("DeletePolicyEvent", Instant.now(), policyId, null, null, null, null,
                null, null));
    }

    private void send(MessagingEvents.PolicyEvent event) {
        try {
            String json = mapper.writeValueAsString(event);
            jms.send(policyEvents, session -> session.createTextMessage(json));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
