package io.keelwise.payment;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;

import java.util.Map;

@Controller("/accounts")
public class AccountController {

    private final PolicyAccountRepository accounts;

    public AccountController(PolicyAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Get("{?policyNumber}")
    public HttpResponse<Map<String, Object>> byPolicy(@QueryValue String policyNumber) {
        return accounts.findByPolicyNumber(policyNumber)
                .map(a -> HttpResponse.ok(Map.<String, Object>of(
                        "policyAccountNo", a.policyAccountNo(),
                        "balance", a.balance(),
                        "closed", a.closed())))
                .orElse(HttpResponse.notFound());
    }
}
