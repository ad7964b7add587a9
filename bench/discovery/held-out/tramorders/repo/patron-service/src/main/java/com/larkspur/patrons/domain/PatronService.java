package com.larkspur.patrons.domain;

import com.larkspur.common.Money;
import com.larkspur.patrons.api.messaging.events.PatronCreditReservationFailedEvent;
import com.larkspur.patrons.api.messaging.events.PatronCreditReservedEvent;
import io.eventuate.tram.events.publisher.DomainEventPublisher;
import io.eventuate.tram.events.publisher.ResultWithEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collections;
import java.util.Optional;

public class PatronService {

  private final Logger logger = LoggerFactory.getLogger(getClass());

  private final PatronRepository patronRepository;
  private final DomainEventPublisher domainEventPublisher;

  public PatronService(PatronRepository patronRepository, DomainEventPublisher domainEventPublisher) {
    this.patronRepository = patronRepository;
    this.domainEventPublisher = domainEventPublisher;
  }

  @Transactional
  public Patron createPatron(String name, Money creditLimit) {
    ResultWithEvents<Patron> patronWithEvents = Patron.create(name, creditLimit);
    Patron patron = patronRepository.save(patronWithEvents.result);
    // written to patron_service.message in this transaction; the CDC relays it to Kafka
    domainEventPublisher.publish(Patron.class, patron.getId(), patronWithEvents.events);
    return patron;
  }

  @Transactional
  public void reserveCredit(long purchaseId, long patronId, Money purchaseTotal) {
    Optional<Patron> possiblePatron = patronRepository.findById(patronId);

    if (possiblePatron.isEmpty()) {
      logger.info("Non-existent patron: {}", patronId);
      domainEventPublisher.publish(Patron.class, patronId,
              Collections.singletonList(new PatronCreditReservationFailedEvent(purchaseId, "UNKNOWN_PATRON")));
      return;
    }

    Patron patron = possiblePatron.get();
    try {
      patron.reserveCredit(purchaseId, purchaseTotal);
      domainEventPublisher.publish(Patron.class, patron.getId(),
              Collections.singletonList(new PatronCreditReservedEvent(purchaseId)));
    } catch (PatronCreditLimitExceededException e) {
      domainEventPublisher.publish(Patron.class, patron.getId(),
              Collections.singletonList(new PatronCreditReservationFailedEvent(purchaseId, "INSUFFICIENT_CREDIT")));
    }
  }

  @Transactional
  public void releaseCredit(long purchaseId, long patronId) {
    patronRepository.findById(patronId).ifPresent(p -> p.unreserveCredit(purchaseId));
  }

  public Optional<Patron> findById(long patronId) {
    return patronRepository.findById(patronId);
  }
}
