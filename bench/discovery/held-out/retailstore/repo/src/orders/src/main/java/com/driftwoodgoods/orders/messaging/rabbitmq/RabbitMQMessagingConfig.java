package com.driftwoodgoods.orders.messaging.rabbitmq;

import com.driftwoodgoods.orders.config.OrdersProperties;
import com.driftwoodgoods.orders.messaging.OrderEventPublisher;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.support.converter.Jackson2JsonMessageConverter;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * RabbitMQ provider. RETAIL_ORDERS_MESSAGING_RABBITMQ_ADDRESSES is a comma separated list of
 * host:port (docker-compose: rabbitmq:5672) or amqps:// URIs (Amazon MQ).
 */
@Configuration
@ConditionalOnProperty(prefix = "retail.orders.messaging", name = "provider", havingValue = "rabbitmq")
public class RabbitMQMessagingConfig {

    public static final String ROUTING_KEY_CREATED = "orders.created";

    @Bean
    public ConnectionFactory rabbitConnectionFactory(OrdersProperties props) {
        var rabbit = props.messaging().rabbitmq();
        CachingConnectionFactory factory = new CachingConnectionFactory();
        if (rabbit.addresses().startsWith("amqps://")) {
            // Amazon MQ hands out a single amqps://host:5671 endpoint
            factory.setUri(rabbit.addresses());
        } else {
            factory.setAddresses(rabbit.addresses());
        }
        factory.setUsername(rabbit.username());
        factory.setPassword(rabbit.password());
        factory.setPublisherConfirmType(CachingConnectionFactory.ConfirmType.CORRELATED);
        factory.setConnectionNameStrategy(cf -> "orders");
        return factory;
    }

    @Bean
    public TopicExchange ordersExchange(OrdersProperties props) {
        return new TopicExchange(props.messaging().rabbitmq().exchange(), true, false);
    }

    @Bean
    public RabbitAdmin rabbitAdmin(ConnectionFactory connectionFactory) {
        return new RabbitAdmin(connectionFactory);
    }

    @Bean
    public RabbitTemplate rabbitTemplate(ConnectionFactory connectionFactory, TopicExchange ordersExchange) {
        RabbitTemplate template = new RabbitTemplate(connectionFactory);
        template.setExchange(ordersExchange.getName());
        template.setMessageConverter(new Jackson2JsonMessageConverter());
        template.setObservationEnabled(true);
        return template;
    }

    @Bean
    public OrderEventPublisher rabbitOrderEventPublisher(RabbitTemplate rabbitTemplate) {
        return event -> rabbitTemplate.convertAndSend(ROUTING_KEY_CREATED, event);
    }
}
