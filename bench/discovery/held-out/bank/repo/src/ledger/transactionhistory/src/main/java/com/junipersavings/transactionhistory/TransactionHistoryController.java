package com.junipersavings.transactionhistory;

import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.interfaces.DecodedJWT;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
public final class TransactionHistoryController {

    private final JWTVerifier verifier;
    private final TransactionRepository repository;
    private final String localRoutingNum;
    private final int historyLimit;

    public TransactionHistoryController(JWTVerifier verifier, TransactionRepository repository,
                                        @Value("${LOCAL_ROUTING_NUM}") String localRoutingNum,
                                        @Value("${HISTORY_LIMIT:100}") int historyLimit) {
        this.verifier = verifier;
        this.repository = repository;
        this.localRoutingNum = localRoutingNum;
        this.historyLimit = historyLimit;
    }

    @GetMapping("/ready")
    public ResponseEntity<String> readiness() {
        return new ResponseEntity<>("ok", HttpStatus.OK);
    }

    @GetMapping("/transactions/{accountId}")
    public ResponseEntity<?> getTransactions(@RequestHeader("Authorization") String bearerToken,
                                             @PathVariable String accountId) {
        if (bearerToken != null && bearerToken.startsWith("Bearer ")) {
            bearerToken = bearerToken.split("Bearer ")[1];
        }
        try {
            DecodedJWT jwt = verifier.verify(bearerToken);
            if (!accountId.equals(jwt.getClaim("acct").asString())) {
                return new ResponseEntity<>("not authorized", HttpStatus.UNAUTHORIZED);
            }
            List<Transaction> history = repository.findForAccount(accountId, localRoutingNum,
                    PageRequest.of(0, historyLimit));
            return new ResponseEntity<>(history, HttpStatus.OK);
        } catch (JWTVerificationException e) {
            return new ResponseEntity<>("not authorized", HttpStatus.UNAUTHORIZED);
        }
    }
}
