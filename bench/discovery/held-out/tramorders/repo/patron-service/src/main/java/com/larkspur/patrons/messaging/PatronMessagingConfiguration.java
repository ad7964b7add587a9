package com.larkspur.patrons.messaging;

import com.larkspur.patrons.domain.PatronRepository;
import com.larkspur.patrons.domain.PatronService;
import io.eventuate.tram.commands.consumer.CommandDispatcher;
import io.eventuate.tram.commands.consumer.CommandDispatcherFactory;
import io.eventuate.tram.events.publisher.DomainEventPublisher;
import io.eventuate.tram.events.subscriber.DomainEventDispatcher;
import io.eventuate.tram.events.subscriber.DomainEventDispatcherFactory;
import io.eventuate.tram.spring.commands.consumer.TramCommandConsumerConfiguration;
import io.eventuate.tram.spring.events.publisher.TramEventsPublisherConfiguration;
import io.eventuate.tram.spring.events.subscriber.TramEventSubscriberConfiguration;
import io.eventuate.tram.spring.optimisticlocking.OptimisticLockingDecoratorConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.domain.EntityScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

@Configuration
@EnableJpaRepositories(basePackageClasses = PatronRepository.class)
@EntityScan(basePackageClasses = PatronRepository.class)
@EnableAutoConfiguration
@Import({TramEventsPublisherConfiguration.class,
        TramEventSubscriberConfiguration.class,
        TramCommandConsumerConfiguration.class,
        OptimisticLockingDecoratorConfiguration.class})
public class PatronMessagingConfiguration {

  @Bean
  public PatronService patronService(PatronRepository patronRepository, DomainEventPublisher domainEventPublisher) {
    return new PatronService(patronRepository, domainEventPublisher);
  }

  @Bean
  public PurchaseEventConsumer purchaseEventConsumer(PatronService patronService) {
    return new PurchaseEventConsumer(patronService);
  }

  @Bean
  public DomainEventDispatcher purchaseEventDispatcher(PurchaseEventConsumer consumer,
                                                       DomainEventDispatcherFactory domainEventDispatcherFactory) {
    return domainEventDispatcherFactory.make("patronServiceEvents", consumer.domainEventHandlers());
  }

  @Bean
  public PatronCommandHandler patronCommandHandler(PatronService patronService) {
    return new PatronCommandHandler(patronService);
  }

  @Bean
  public CommandDispatcher patronCommandDispatcher(PatronCommandHandler handler,
                                                   CommandDispatcherFactory commandDispatcherFactory) {
    return commandDispatcherFactory.make("patronCommandDispatcher", handler.commandHandlers());
  }
}
