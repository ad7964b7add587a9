package com.fernwick.camelhub.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Entry point for the order gateway: exposes the public order intake REST API
 * (Camel REST DSL on platform-http) and publishes accepted orders to Kafka.
 */
@SpringBootApplication
public class OrderGatewayApplication {

    public static void main(String[] args) {
        SpringApplication.run(OrderGatewayApplication.class, args);
    }
}
