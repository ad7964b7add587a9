package com.driftwoodgoods.orders.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties(prefix = "retail.orders")
public record OrdersProperties(Persistence persistence, Messaging messaging) {

    public record Persistence(String provider, String endpoint, String name, String username, String password) {}

    public record Messaging(String provider, RabbitMQ rabbitmq, Sqs sqs) {}

    public record RabbitMQ(String addresses, String username, String password, String exchange) {}

    public record Sqs(String topic) {}
}
