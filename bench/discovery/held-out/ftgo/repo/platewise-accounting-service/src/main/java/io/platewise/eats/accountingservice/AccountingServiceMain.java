package io.platewise.eats.accountingservice;

import io.eventuate.tram.events.subscriber.DomainEventDispatcher;
import io.eventuate.tram.events.subscriber.DomainEventDispatcherFactory;
import io.eventuate.tram.sagas.participant.SagaCommandDispatcher;
import io.eventuate.tram.sagas.participant.SagaCommandDispatcherFactory;
import io.eventuate.tram.sagas.spring.participant.SagaParticipantConfiguration;
import io.eventuate.tram.spring.events.subscriber.TramEventSubscriberConfiguration;
import io.platewise.eats.accountingservice.messaging.AccountingEventConsumer;
import io.platewise.eats.accountingservice.messaging.AccountingServiceCommandHandler;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

@SpringBootApplication
@EnableJpaRepositories(considerNestedRepositories = true)
@Import({SagaParticipantConfiguration.class, TramEventSubscriberConfiguration.class})
public class AccountingServiceMain {

  @Bean
  public SagaCommandDispatcher accountingServiceCommandDispatcher(AccountingServiceCommandHandler target,
                                                                  SagaCommandDispatcherFactory sagaCommandDispatcherFactory) {
    return sagaCommandDispatcherFactory.make("accountingServiceCommandDispatcher", target.commandHandlers());
  }

  @Bean
  public DomainEventDispatcher accountingServiceDomainEventDispatcher(AccountingEventConsumer accountingEventConsumer,
                                                                      DomainEventDispatcherFactory domainEventDispatcherFactory) {
    return domainEventDispatcherFactory.make("accountingServiceDomainEventDispatcher", accountingEventConsumer.domainEventHandlers());
  }

  public static void main(String[] args) {
    SpringApplication.run(AccountingServiceMain.class, args);
  }
}
