package com.bayshore.policymanagement.infrastructure.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jms.support.converter.MappingJackson2MessageConverter;
import org.springframework.jms.support.converter.MessageConverter;
import org.springframework.jms.support.converter.MessageType;

import java.util.Map;

@Configuration
public class JmsConfig {

    /**
     * Type ids are shared with customer-self-service-backend by simple name, so neither side needs the
     * other's classes on the classpath.
     */
    @Bean
    public MessageConverter jacksonJmsMessageConverter(ObjectMapper objectMapper) {
        MappingJackson2MessageConverter converter = new MappingJackson2MessageConverter();
        converter.setTargetType(MessageType.TEXT);
        converter.setTypeIdPropertyName("_type");
        converter.setObjectMapper(objectMapper);
        converter.setTypeIdMappings(Map.of(
                "InsuranceQuoteRequestEvent", MessagingEvents.InsuranceQuoteRequestEvent.class,
                "CustomerDecisionEvent", MessagingEvents.CustomerDecisionEvent.class,
                "InsuranceQuoteResponseEvent", MessagingEvents.InsuranceQuoteResponseEvent.class,
                "InsuranceQuoteExpiredEvent", MessagingEvents.InsuranceQuoteExpiredEvent.class,
                "PolicyCreatedEvent", MessagingEvents.PolicyCreatedEvent.class));
        return converter;
    }
}
