package io.platewise.eats.accountingservice.domain;

import io.platewise.eats.common.Money;
import org.springframework.data.repository.CrudRepository;

import javax.persistence.*;
import java.util.Optional;

@Entity
@Table(name = "accounts")
@Access(AccessType.FIELD)
public class Account {

  public interface AccountRepository extends CrudRepository<Account, Long> {
    Optional<Account> findByConsumerId(long consumerId);
  }

  @Id
  @GeneratedValue
  private Long id;

  private long consumerId;

  private int authorizations;

  private Account() {
  }

  public Account(long consumerId) {
    this.consumerId = consumerId;
  }

  public void authorize(long orderId, Money orderTotal) {
    // no real payment gateway yet -- every charge under the limit is authorised
    if (orderTotal.isGreaterThanOrEqual(new Money("1000.00")))
      throw new AccountDisabledException();
    authorizations++;
  }

  public Long getId() { return id; }
  public long getConsumerId() { return consumerId; }
  public int getAuthorizations() { return authorizations; }

  public static class AccountDisabledException extends RuntimeException {
  }
}
