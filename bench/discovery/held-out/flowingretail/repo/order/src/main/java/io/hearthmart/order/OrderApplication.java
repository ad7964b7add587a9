package io.hearthmart.order;

import io.camunda.zeebe.spring.client.annotation.Deployment;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Order service: owns the order fulfilment process. The BPMN model is deployed to
 * Zeebe on start-up; the workers in {@code flow} are polled by the Zeebe gateway.
 */
@SpringBootApplication
@Deployment(resources = "classpath*:/order-fulfilment.bpmn")
public class OrderApplication {

  public static void main(String[] args) {
    SpringApplication.run(OrderApplication.class, args);
  }
}
