package io.platewise.eats.apigateway;

import io.platewise.eats.apigateway.orders.OrderConfiguration;
import io.platewise.eats.apigateway.routes.ServiceRoutesConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

@SpringBootApplication
@Import({OrderConfiguration.class, ServiceRoutesConfiguration.class})
public class ApiGatewayMain {

  public static void main(String[] args) {
    SpringApplication.run(ApiGatewayMain.class, args);
  }
}
