package com.larkspur.purchases.messaging;

import com.larkspur.purchases.domain.PurchaseRepository;
import com.larkspur.purchases.domain.PurchaseService;
import io.eventuate.tram.commands.producer.CommandProducer;
import io.eventuate.tram.events.publisher.DomainEventPublisher;
import io.eventuate.tram.events.subscriber.DomainEventDispatcher;
import io.eventuate.tram.events.subscriber.DomainEventDispatcherFactory;
import io.eventuate.tram.messaging.consumer.MessageConsumer;
import io.eventuate.tram.spring.commands.producer.TramCommandProducerConfiguration;
import io.eventuate.tram.spring.events.publisher.TramEventsPublisherConfiguration;
import io.eventuate.tram.spring.events.subscriber.TramEventSubscriberConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.domain.EntityScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

import java.util.Collections;

@Configuration
@EnableJpaRepositories(basePackageClasses = PurchaseRepository.class)
@EntityScan(basePackageClasses = PurchaseRepository.class)
@EnableAutoConfiguration
@Import({TramEventsPublisherConfiguration.class,
        TramEventSubscriberConfiguration.class,
        TramCommandProducerConfiguration.class})
public class PurchaseMessagingConfiguration {

  private static final Logger logger = LoggerFactory.getLogger(PurchaseMessagingConfiguration.class);

  @Bean
  public PurchaseService purchaseService(DomainEventPublisher domainEventPublisher,
                                         CommandProducer commandProducer,
                                         PurchaseRepository purchaseRepository) {
    return new PurchaseService(domainEventPublisher, commandProducer, purchaseRepository);
  }

  @Bean
  public PatronEventConsumer patronEventConsumer(PurchaseService purchaseService) {
    return new PatronEventConsumer(purchaseService);
  }

  @Bean
  public DomainEventDispatcher patronEventDispatcher(PatronEventConsumer consumer,
                                                     DomainEventDispatcherFactory domainEventDispatcherFactory) {
    return domainEventDispatcherFactory.make("purchaseServiceEvents", consumer.domainEventHandlers());
  }

  @Bean
  public Object releaseCreditReplySubscription(MessageConsumer messageConsumer) {
    return messageConsumer.subscribe("purchaseServiceReplies", Collections.singleton("purchase-service-replies"),
            message -> logger.info("Release credit reply: {}", message.getPayload()));
  }
}
