package com.larkspur.purchasehistory.backend;

import io.eventuate.tram.events.subscriber.DomainEventDispatcher;
import io.eventuate.tram.events.subscriber.DomainEventDispatcherFactory;
import io.eventuate.tram.spring.events.subscriber.TramEventSubscriberConfiguration;
import io.eventuate.tram.spring.consumer.common.TramNoopDuplicateMessageDetectorConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.repository.config.EnableMongoRepositories;

@Configuration
@EnableMongoRepositories
@EnableAutoConfiguration
@Import({TramEventSubscriberConfiguration.class, TramNoopDuplicateMessageDetectorConfiguration.class})
public class PurchaseHistoryBackendConfiguration {

  @Bean
  public PurchaseHistoryEventConsumer purchaseHistoryEventConsumer(PatronViewRepository patronViewRepository) {
    return new PurchaseHistoryEventConsumer(patronViewRepository);
  }

  @Bean
  public DomainEventDispatcher purchaseHistoryDomainEventDispatcher(PurchaseHistoryEventConsumer consumer,
                                                                   DomainEventDispatcherFactory domainEventDispatcherFactory) {
    return domainEventDispatcherFactory.make("purchaseHistoryServiceEvents", consumer.domainEventHandlers());
  }
}
