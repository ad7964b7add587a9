package io.platewise.eats.consumerservice.domain;

import io.eventuate.tram.events.publisher.DomainEventPublisher;
import io.platewise.eats.common.Money;
import io.platewise.eats.consumerservice.api.ConsumerCreated;
import io.platewise.eats.consumerservice.api.ConsumerServiceChannels;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collections;
import java.util.Optional;

@Service
@Transactional
public class ConsumerService {

  public interface ConsumerRepository extends JpaRepository<Consumer, Long> {
  }

  private final ConsumerRepository consumerRepository;
  private final DomainEventPublisher domainEventPublisher;

  public ConsumerService(ConsumerRepository consumerRepository, DomainEventPublisher domainEventPublisher) {
    this.consumerRepository = consumerRepository;
    this.domainEventPublisher = domainEventPublisher;
  }

  public void validateOrderForConsumer(long consumerId, Money orderTotal) {
    Consumer consumer = consumerRepository.findById(consumerId)
            .orElseThrow(ConsumerNotFoundException::new);
    consumer.validateOrderByConsumer(orderTotal);
  }

  public Consumer create(String firstName, String lastName) {
    Consumer consumer = consumerRepository.save(new Consumer(firstName, lastName));
    domainEventPublisher.publish(ConsumerServiceChannels.CONSUMER_AGGREGATE_TYPE, consumer.getId(),
            Collections.singletonList(new ConsumerCreated(consumer.getId())));
    return consumer;
  }

  public Optional<Consumer> findById(long consumerId) {
    return consumerRepository.findById(consumerId);
  }

  public static class ConsumerNotFoundException extends RuntimeException {
  }
}
