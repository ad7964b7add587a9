package com.fernwick.camelhub.fulfillment;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

import jakarta.jms.ConnectionFactory;

@SpringBootApplication
public class FulfillmentRouterApplication {

    public static void main(String[] args) {
        SpringApplication.run(FulfillmentRouterApplication.class, args);
    }

    /**
     * Connection factory for the shared Artemis broker. Picked up by camel-jms
     * through camel.component.jms.connection-factory=#artemisConnectionFactory.
     */
    @Bean
    public ConnectionFactory artemisConnectionFactory(
            @Value("${artemis.url}") String brokerUrl,
            @Value("${artemis.user}") String user,
            @Value("${artemis.password}") String password) {
        return new ActiveMQConnectionFactory(brokerUrl, user, password);
    }
}
