package com.coinbox.turbine;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.cloud.client.discovery.EnableDiscoveryClient;
import org.springframework.cloud.netflix.turbine.stream.EnableTurbineStream;

/**
 * Aggregates the hystrix.stream of every service. Services publish their Hystrix
 * metrics to RabbitMQ (spring-cloud-netflix-hystrix-stream); we consume them here and
 * expose one merged stream on :8989 for the dashboard.
 */
@SpringBootApplication
@EnableTurbineStream
@EnableDiscoveryClient
public class TurbineStreamServiceApplication {

	public static void main(String[] args) {
		SpringApplication.run(TurbineStreamServiceApplication.class, args);
	}
}
