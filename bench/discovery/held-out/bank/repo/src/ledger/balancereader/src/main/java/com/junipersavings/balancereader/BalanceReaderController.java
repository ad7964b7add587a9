package com.junipersavings.balancereader;

import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.interfaces.DecodedJWT;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
public final class BalanceReaderController {

    private final JWTVerifier verifier;
    private final BalanceCache cache;

    public BalanceReaderController(JWTVerifier verifier, BalanceCache cache) {
        this.verifier = verifier;
        this.cache = cache;
    }

    @GetMapping("/ready")
    public ResponseEntity<String> readiness() {
        return new ResponseEntity<>("ok", HttpStatus.OK);
    }

    @GetMapping("/balances/{accountId}")
    public ResponseEntity<?> getBalance(@RequestHeader("Authorization") String bearerToken,
                                        @PathVariable String accountId) {
        if (bearerToken != null && bearerToken.startsWith("Bearer ")) {
            bearerToken = bearerToken.split("Bearer ")[1];
        }
        try {
            DecodedJWT jwt = verifier.verify(bearerToken);
            if (!accountId.equals(jwt.getClaim("acct").asString())) {
                return new ResponseEntity<>("not authorized", HttpStatus.UNAUTHORIZED);
            }
            return new ResponseEntity<>(cache.get(accountId), HttpStatus.OK);
        } catch (JWTVerificationException e) {
            return new ResponseEntity<>("not authorized", HttpStatus.UNAUTHORIZED);
        }
    }
}
