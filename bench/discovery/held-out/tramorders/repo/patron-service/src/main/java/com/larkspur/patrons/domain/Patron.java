package com.larkspur.patrons.domain;

import com.larkspur.common.Money;
import com.larkspur.patrons.api.messaging.events.PatronCreatedEvent;
import io.eventuate.tram.events.publisher.ResultWithEvents;
import jakarta.persistence.*;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

@Entity
@Table(name = "patron")
@Access(AccessType.FIELD)
public class Patron {

  @Id
  @GeneratedValue
  private Long id;

  private String name;

  @Embedded
  private Money creditLimit;

  @ElementCollection
  private Map<Long, Money> creditReservations = new HashMap<>();

  @Version
  private Long version;

  private Long creationTime;

  public Patron() {
  }

  public Patron(String name, Money creditLimit) {
    this.name = name;
    this.creditLimit = creditLimit;
    this.creationTime = System.currentTimeMillis();
  }

  public static ResultWithEvents<Patron> create(String name, Money creditLimit) {
    Patron patron = new Patron(name, creditLimit);
    return new ResultWithEvents<>(patron, Collections.singletonList(new PatronCreatedEvent(name, creditLimit)));
  }

  public Money availableCredit() {
    return creditReservations.values().stream().reduce(creditLimit, Money::subtract);
  }

  public void reserveCredit(Long purchaseId, Money purchaseTotal) {
    if (availableCredit().isGreaterThanOrEqual(purchaseTotal)) {
      creditReservations.put(purchaseId, purchaseTotal);
    } else {
      throw new PatronCreditLimitExceededException();
    }
  }

  public void unreserveCredit(long purchaseId) {
    creditReservations.remove(purchaseId);
  }

  public Long getId() { return id; }
  public String getName() { return name; }
  public Money getCreditLimit() { return creditLimit; }
}
