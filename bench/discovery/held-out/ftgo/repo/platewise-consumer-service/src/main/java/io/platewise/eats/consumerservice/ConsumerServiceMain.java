package io.platewise.eats.consumerservice;

import io.eventuate.tram.sagas.participant.SagaCommandDispatcher;
import io.eventuate.tram.sagas.participant.SagaCommandDispatcherFactory;
import io.eventuate.tram.sagas.spring.participant.SagaParticipantConfiguration;
import io.eventuate.tram.spring.events.publisher.TramEventsPublisherConfiguration;
import io.platewise.eats.consumerservice.domain.ConsumerService;
import io.platewise.eats.consumerservice.domain.ConsumerServiceCommandHandlers;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.transaction.annotation.EnableTransactionManagement;

@SpringBootApplication
@EnableJpaRepositories(considerNestedRepositories = true)
@EnableTransactionManagement
@Import({SagaParticipantConfiguration.class, TramEventsPublisherConfiguration.class})
public class ConsumerServiceMain {

  @Bean
  public ConsumerServiceCommandHandlers consumerServiceCommandHandlers(ConsumerService consumerService) {
    return new ConsumerServiceCommandHandlers(consumerService);
  }

  @Bean
  public SagaCommandDispatcher consumerServiceCommandDispatcher(ConsumerServiceCommandHandlers handlers,
                                                                SagaCommandDispatcherFactory factory) {
    return factory.make("consumerServiceDispatcher", handlers.commandHandlers());
  }

  public static void main(String[] args) {
    SpringApplication.run(ConsumerServiceMain.class, args);
  }
}
