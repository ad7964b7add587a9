package io.platewise.eats.orderservice.domain;

import io.eventuate.tram.events.publisher.DomainEventPublisher;
import io.eventuate.tram.events.subscriber.DomainEventDispatcher;
import io.eventuate.tram.events.subscriber.DomainEventDispatcherFactory;
import io.eventuate.tram.spring.events.subscriber.TramEventSubscriberConfiguration;
import io.eventuate.tram.sagas.orchestration.SagaInstanceFactory;
import io.eventuate.tram.sagas.spring.orchestration.SagaOrchestratorConfiguration;
import io.eventuate.tram.spring.events.publisher.TramEventsPublisherConfiguration;
import io.platewise.eats.orderservice.messaging.OrderEventConsumer;
import io.platewise.eats.orderservice.sagas.createorder.CreateOrderSaga;
import org.springframework.boot.autoconfigure.domain.EntityScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

@Configuration
@EnableJpaRepositories(considerNestedRepositories = true)
@EntityScan
@Import({TramEventsPublisherConfiguration.class, TramEventSubscriberConfiguration.class, SagaOrchestratorConfiguration.class})
public class OrderServiceWithRepositoriesConfiguration {

  @Bean
  public OrderService orderService(SagaInstanceFactory sagaInstanceFactory,
                                   OrderService.OrderRepository orderRepository,
                                   OrderService.RestaurantRepository restaurantRepository,
                                   DomainEventPublisher eventPublisher,
                                   CreateOrderSaga createOrderSaga) {
    return new OrderService(sagaInstanceFactory, orderRepository, restaurantRepository, eventPublisher, createOrderSaga);
  }

  @Bean
  public CreateOrderSaga createOrderSaga(OrderService.OrderRepository orderRepository) {
    return new CreateOrderSaga(orderRepository);
  }

  @Bean
  public OrderEventConsumer orderEventConsumer(OrderService orderService) {
    return new OrderEventConsumer(orderService);
  }

  @Bean
  public DomainEventDispatcher orderServiceEventDispatcher(OrderEventConsumer orderEventConsumer,
                                                           DomainEventDispatcherFactory domainEventDispatcherFactory) {
    return domainEventDispatcherFactory.make("orderServiceEvents", orderEventConsumer.domainEventHandlers());
  }
}
