package io.platewise.eats.accountingservice.web;

import io.platewise.eats.accountingservice.domain.Account;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class AccountsController {

  private final Account.AccountRepository accountRepository;

  public AccountsController(Account.AccountRepository accountRepository) {
    this.accountRepository = accountRepository;
  }

  @GetMapping("/accounts/{consumerId}")
  public ResponseEntity<AccountInfo> getAccount(@PathVariable long consumerId) {
    return accountRepository.findByConsumerId(consumerId)
            .map(a -> ResponseEntity.ok(new AccountInfo(a.getId(), a.getConsumerId())))
            .orElseGet(() -> ResponseEntity.notFound().build());
  }

  public static class AccountInfo {
    public long accountId;
    public long consumerId;

    public AccountInfo(long accountId, long consumerId) {
      this.accountId = accountId;
      this.consumerId = consumerId;
    }
  }
}
