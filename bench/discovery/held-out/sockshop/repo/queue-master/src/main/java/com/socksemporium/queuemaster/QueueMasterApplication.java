package com.socksemporium.queuemaster;

import org.springframework.amqp.core.Queue;
import org.springframework.amqp.support.converter.Jackson2JsonMessageConverter;
import org.springframework.amqp.support.converter.MessageConverter;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
public class QueueMasterApplication {

    public static void main(String[] args) {
        SpringApplication.run(QueueMasterApplication.class, args);
    }

    @Bean
    public Queue shippingTaskQueue() {
        return new Queue("shipping-task", false);
    }

    @Bean
    public MessageConverter jsonMessageConverter() {
        return new Jackson2JsonMessageConverter();
    }
}
