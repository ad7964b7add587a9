package com.bayshore.customerselfservice.infrastructure;

import com.bayshore.customerselfservice.domain.MessagingEvents.CustomerDecisionEvent;
import com.bayshore.customerselfservice.domain.MessagingEvents.InsuranceQuoteRequestEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.stereotype.Component;

/** Sends quote requests and the customer's decision on a quote to policy management, via ActiveMQ. */
@Component
public class PolicyManagementMessageProducer {

    private static final Logger log = LoggerFactory.getLogger(PolicyManagementMessageProducer.class);

    private final JmsTemplate jmsTemplate;
    private final String quoteRequestQueue;
    private final String customerDecisionQueue;

    public PolicyManagementMessageProducer(JmsTemplate jmsTemplate,
                                           @Value("${policymanagement.quoteRequestQueue}") String quoteRequestQueue,
                                           @Value("${policymanagement.customerDecisionQueue}") String customerDecisionQueue) {
        this.jmsTemplate = jmsTemplate;
        this.quoteRequestQueue = quoteRequestQueue;
        this.customerDecisionQueue = customerDecisionQueue;
    }

    public void sendInsuranceQuoteRequest(InsuranceQuoteRequestEvent event) {
        log.info("Sending quote request {} to {}", event.requestId(), quoteRequestQueue);
        jmsTemplate.convertAndSend(quoteRequestQueue, event);
    }

    public void sendCustomerDecision(CustomerDecisionEvent event) {
        log.info("Sending customer decision for request {} to {}", event.insuranceQuoteRequestId(), customerDecisionQueue);
        jmsTemplate.convertAndSend(customerDecisionQueue, event);
    }
}
