package io.maestroflow.contribs.queue.amqp.config;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.rabbitmq.client.ConnectionFactory;

import io.maestroflow.contribs.queue.amqp.AMQPObservableQueue;
import io.maestroflow.core.events.EventQueueProvider;
import io.maestroflow.core.events.queue.ObservableQueue;

@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "maestroflow.event-queues.amqp.enabled", havingValue = "true")
public class AMQPEventQueueConfiguration {

    @Bean
    public ConnectionFactory amqpConnectionFactory(
            @Value("${maestroflow.event-queues.amqp.hosts:localhost}") String hosts,
            @Value("${maestroflow.event-queues.amqp.port:5672}") int port,
            @Value("${maestroflow.event-queues.amqp.username:guest}") String username,
            @Value("${maestroflow.event-queues.amqp.password:guest}") String password,
            @Value("${maestroflow.event-queues.amqp.virtualHost:/}") String virtualHost) {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost(hosts);
        factory.setPort(port);
        factory.setUsername(username);
        factory.setPassword(password);
        factory.setVirtualHost(virtualHost);
        return factory;
    }

    @Bean
    public EventQueueProvider amqpExchangeEventQueueProvider(ConnectionFactory factory,
            @Value("${maestroflow.event-queues.amqp.useExchange:true}") boolean useExchange) {
        return new EventQueueProvider() {
            @Override
            public String getQueueType() {
                return "amqp_exchange";
            }

            @Override
            public ObservableQueue getQueue(String queueURI) {
                return new AMQPObservableQueue(factory, queueURI, useExchange);
            }
        };
    }
}
