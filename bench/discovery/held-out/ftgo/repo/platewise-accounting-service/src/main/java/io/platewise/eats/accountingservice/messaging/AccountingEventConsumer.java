package io.platewise.eats.accountingservice.messaging;

import io.eventuate.tram.events.subscriber.DomainEventEnvelope;
import io.eventuate.tram.events.subscriber.DomainEventHandlers;
import io.eventuate.tram.events.subscriber.DomainEventHandlersBuilder;
import io.platewise.eats.accountingservice.domain.Account;
import io.platewise.eats.consumerservice.api.ConsumerCreated;
import io.platewise.eats.consumerservice.api.ConsumerServiceChannels;
import org.springframework.stereotype.Component;

/** Opens an account for every consumer registered by the consumer service. */
@Component
public class AccountingEventConsumer {

  private final Account.AccountRepository accountRepository;

  public AccountingEventConsumer(Account.AccountRepository accountRepository) {
    this.accountRepository = accountRepository;
  }

  public DomainEventHandlers domainEventHandlers() {
    return DomainEventHandlersBuilder
            .forAggregateType(ConsumerServiceChannels.CONSUMER_AGGREGATE_TYPE)
            .onEvent(ConsumerCreated.class, this::createAccount)
            .build();
  }

  private void createAccount(DomainEventEnvelope<ConsumerCreated> de) {
    long consumerId = de.getEvent().getConsumerId();
    if (accountRepository.findByConsumerId(consumerId).isEmpty())
      accountRepository.save(new Account(consumerId));
  }
}
