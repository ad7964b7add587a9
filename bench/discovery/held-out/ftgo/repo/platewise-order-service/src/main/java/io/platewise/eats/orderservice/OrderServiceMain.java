package io.platewise.eats.orderservice;

import io.platewise.eats.orderservice.domain.OrderServiceWithRepositoriesConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

@SpringBootApplication
@Import(OrderServiceWithRepositoriesConfiguration.class)
public class OrderServiceMain {

  public static void main(String[] args) {
    SpringApplication.run(OrderServiceMain.class, args);
  }
}
