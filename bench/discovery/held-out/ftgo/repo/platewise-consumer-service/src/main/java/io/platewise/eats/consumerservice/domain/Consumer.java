package io.platewise.eats.consumerservice.domain;

import io.platewise.eats.common.Money;

import javax.persistence.Access;
import javax.persistence.AccessType;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "consumers")
@Access(AccessType.FIELD)
public class Consumer {

  @Id
  @GeneratedValue
  private Long id;

  private String firstName;
  private String lastName;

  private Consumer() {
  }

  public Consumer(String firstName, String lastName) {
    this.firstName = firstName;
    this.lastName = lastName;
  }

  public void validateOrderByConsumer(Money orderTotal) {
    if (orderTotal.isGreaterThanOrEqual(new Money("500.00")))
      throw new ConsumerVerificationFailedException();
  }

  public Long getId() { return id; }
  public String getFirstName() { return firstName; }
  public String getLastName() { return lastName; }

  public static class ConsumerVerificationFailedException extends RuntimeException {
  }
}
