package com.bayshore.customerselfservice.infrastructure;

import com.bayshore.customerselfservice.domain.InsuranceQuoteRequestRepository;
import com.bayshore.customerselfservice.domain.MessagingEvents.InsuranceQuoteExpiredEvent;
import com.bayshore.customerselfservice.domain.MessagingEvents.InsuranceQuoteResponseEvent;
import com.bayshore.customerselfservice.domain.MessagingEvents.PolicyCreatedEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jms.annotation.JmsListener;
import org.springframework.messaging.handler.annotation.Payload;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Answers from policy-management-backend, delivered by ActiveMQ. */
@Component
public class PolicyManagementMessageConsumer {

    private static final Logger log = LoggerFactory.getLogger(PolicyManagementMessageConsumer.class);

    private final InsuranceQuoteRequestRepository requests;

    public PolicyManagementMessageConsumer(InsuranceQuoteRequestRepository requests) {
        this.requests = requests;
    }

    @JmsListener(destination = "${policymanagement.quoteResponseQueue}")
    @Transactional
    public void receiveInsuranceQuoteResponse(@Payload Object message) {
        if (message instanceof InsuranceQuoteResponseEvent response) {
            requests.findById(response.insuranceQuoteRequestId()).ifPresentOrElse(request -> {
                if (response.requestAccepted()) {
                    request.acceptRequest(response.insurancePremium(), response.policyLimit(), response.expirationDate());
                } else {
                    request.rejectRequest();
                }
                requests.save(request);
            }, () -> log.warn("Quote response for unknown request {}", response.insuranceQuoteRequestId()));
        } else if (message instanceof InsuranceQuoteExpiredEvent expired) {
            requests.findById(expired.insuranceQuoteRequestId()).ifPresent(request -> {
                request.markExpired();
                requests.save(request);
            });
        } else {
            log.error("Unexpected message on quote response queue: {}", message);
        }
    }

    @JmsListener(destination = "${policymanagement.policyCreatedQueue}")
    @Transactional
    public void receivePolicyCreated(PolicyCreatedEvent event) {
        requests.findById(event.insuranceQuoteRequestId()).ifPresent(request -> {
            request.finalizeQuote(event.policyId());
            requests.save(request);
        });
    }
}
