package io.platewise.eats.deliveryservice;

import io.eventuate.tram.events.subscriber.DomainEventDispatcher;
import io.eventuate.tram.events.subscriber.DomainEventDispatcherFactory;
import io.eventuate.tram.spring.events.subscriber.TramEventSubscriberConfiguration;
import io.platewise.eats.deliveryservice.messaging.DeliveryMessageHandlers;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

@SpringBootApplication
@EnableJpaRepositories(considerNestedRepositories = true)
@Import(TramEventSubscriberConfiguration.class)
public class DeliveryServiceMain {

  @Bean
  public DomainEventDispatcher orderDomainEventDispatcher(DeliveryMessageHandlers deliveryMessageHandlers,
                                                          DomainEventDispatcherFactory domainEventDispatcherFactory) {
    return domainEventDispatcherFactory.make("deliveryService-orderEvents", deliveryMessageHandlers.orderEventHandlers());
  }

  @Bean
  public DomainEventDispatcher ticketDomainEventDispatcher(DeliveryMessageHandlers deliveryMessageHandlers,
                                                           DomainEventDispatcherFactory domainEventDispatcherFactory) {
    return domainEventDispatcherFactory.make("deliveryService-ticketEvents", deliveryMessageHandlers.ticketEventHandlers());
  }

  public static void main(String[] args) {
    SpringApplication.run(DeliveryServiceMain.class, args);
  }
}
