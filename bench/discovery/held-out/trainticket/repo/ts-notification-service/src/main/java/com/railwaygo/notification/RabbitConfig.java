package com.railwaygo.notification;

import org.springframework.amqp.core.*;
import org.springframework.amqp.support.converter.Jackson2JsonMessageConverter;
import org.springframework.amqp.support.converter.MessageConverter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class RabbitConfig {

    @Bean
    public Queue notifyQueue(@Value("${notification.queue}") String queue) {
        return QueueBuilder.durable(queue).build();
    }

    @Bean
    public TopicExchange notifyExchange(@Value("${notification.exchange}") String exchange) {
        return new TopicExchange(exchange);
    }

    @Bean
    public Binding binding(Queue notifyQueue, TopicExchange notifyExchange,
                           @Value("${notification.routing-key}") String key) {
        return BindingBuilder.bind(notifyQueue).to(notifyExchange).with(key);
    }

    @Bean
    public MessageConverter jsonConverter() {
        return new Jackson2JsonMessageConverter();
    }
}
