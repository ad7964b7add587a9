package io.platewise.eats.restaurantservice;

import io.eventuate.tram.spring.events.publisher.TramEventsPublisherConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

@SpringBootApplication
@EnableJpaRepositories(considerNestedRepositories = true)
@Import(TramEventsPublisherConfiguration.class)
public class RestaurantServiceMain {

  public static void main(String[] args) {
    SpringApplication.run(RestaurantServiceMain.class, args);
  }
}
