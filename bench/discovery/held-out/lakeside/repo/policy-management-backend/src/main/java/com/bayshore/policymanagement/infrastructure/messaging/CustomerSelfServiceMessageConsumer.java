package com.bayshore.policymanagement.infrastructure.messaging;

import com.bayshore.policymanagement.domain.*;
import com.bayshore.policymanagement.infrastructure.CustomerCoreRemoteProxy;
import com.bayshore.policymanagement.infrastructure.messaging.MessagingEvents.CustomerDecisionEvent;
import com.bayshore.policymanagement.infrastructure.messaging.MessagingEvents.InsuranceQuoteRequestEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jms.annotation.JmsListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.Instant;

/** Quote requests and customer decisions coming from customer-self-service-backend through ActiveMQ. */
@Component
public class CustomerSelfServiceMessageConsumer {

    private static final Logger log = LoggerFactory.getLogger(CustomerSelfServiceMessageConsumer.class);

    private final InsuranceQuoteRequestRepository requests;
    private final PolicyRepository policies;
    private final PremiumCalculator calculator;
    private final CustomerCoreRemoteProxy customerCore;
    private final CustomerSelfServiceMessageProducer replies;
    private final RiskManagementMessageProducer riskManagement;
    private final Duration quoteValidity;

    public CustomerSelfServiceMessageConsumer(InsuranceQuoteRequestRepository requests, PolicyRepository policies,
                                              PremiumCalculator calculator, CustomerCoreRemoteProxy customerCore,
                                              CustomerSelfServiceMessageProducer replies,
                                              RiskManagementMessageProducer riskManagement,
                                              @Value("${quotes.validity}") Duration quoteValidity) {
        this.requests = requests;
        this.policies = policies;
        this.calculator = calculator;
        this.customerCore = customerCore;
        this.replies = replies;
        this.riskManagement = riskManagement;
        this.quoteValidity = quoteValidity;
    }

    @JmsListener(destination = "${messaging.queues.quote-requests}")
    @Transactional
    public void onInsuranceQuoteRequest(InsuranceQuoteRequestEvent event) {
        log.info("Quote request {} for customer {}", event.requestId(), event.customerId());
        var request = requests.save(new InsuranceQuoteRequestEntity(event.requestId(), event.customerId(),
                event.firstname() + " " + event.lastname(), event.insuranceType(), event.startDate(), event.deductible()));

        var birthday = customerCore.getCustomer(event.customerId())
                .map(c -> c.customerProfile().birthday()).orElse(null);
        try {
            var premium = calculator.premium(event.insuranceType(), event.deductible(), birthday);
            request.quote(premium, calculator.policyLimit(event.insuranceType()), Instant.now().plus(quoteValidity));
            replies.sendQuoteResponse(request, true);
        } catch (IllegalArgumentException unknownProduct) {
            request.reject();
            replies.sendQuoteResponse(request, false);
        }
        requests.save(request);
    }

    @JmsListener(destination = "${messaging.queues.customer-decisions}")
    @Transactional
    public void onCustomerDecision(CustomerDecisionEvent event) {
        var request = requests.findById(event.insuranceQuoteRequestId()).orElse(null);
        if (request == null) {
            log.warn("Decision for unknown quote request {}", event.insuranceQuoteRequestId());
            return;
        }
        if (request.isExpired(Instant.now())) {
            request.expire();
            replies.sendQuoteExpired(request);
        } else if (event.quoteAccepted()) {
            request.customerAccepted();
            var policy = policies.save(new PolicyAggregateRoot(policies.nextId(), request.getCustomerId(),
                    request.getStartDate(), request.getInsuranceType(), request.getDeductible(),
                    request.getPolicyLimit(), request.getInsurancePremium()));
            request.policyCreated(policy.getPolicyId());
            replies.sendPolicyCreated(request, policy.getPolicyId());
            riskManagement.policyUpdated(policy);
        } else {
            request.customerRejected();
        }
        requests.save(request);
    }
}
