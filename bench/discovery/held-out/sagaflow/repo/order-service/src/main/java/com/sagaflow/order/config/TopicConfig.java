package com.sagaflow.order.config;

import com.sagaflow.domain.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

@Configuration
public class TopicConfig {

    @Bean
    public NewTopic ordersTopic() {
        return TopicBuilder.name(Topics.ORDERS).partitions(3).compact().build();
    }

    @Bean
    public NewTopic paymentOrdersTopic() {
        return TopicBuilder.name(Topics.PAYMENT_ORDERS).partitions(3).build();
    }

    @Bean
    public NewTopic stockOrdersTopic() {
        return TopicBuilder.name(Topics.STOCK_ORDERS).partitions(3).build();
    }
}
