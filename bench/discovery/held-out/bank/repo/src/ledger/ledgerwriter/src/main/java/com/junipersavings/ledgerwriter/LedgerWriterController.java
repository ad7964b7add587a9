package com.junipersavings.ledgerwriter;

import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.interfaces.DecodedJWT;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestTemplate;

import java.util.Collections;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

@RestController
public final class LedgerWriterController {

    private static final Logger LOGGER = LoggerFactory.getLogger(LedgerWriterController.class);

    private final TransactionRepository transactionRepository;
    private final TransactionValidator transactionValidator;
    private final JWTVerifier verifier;
    private final RestTemplate restTemplate;
    private final String localRoutingNum;
    private final String balancesApiUri;
    private final String version;
    private final Map<String, Boolean> seenUuids = new ConcurrentHashMap<>();

    @Autowired
    public LedgerWriterController(
            JWTVerifier verifier,
            TransactionRepository transactionRepository,
            TransactionValidator transactionValidator,
            RestTemplate restTemplate,
            @Value("${LOCAL_ROUTING_NUM}") String localRoutingNum,
            @Value("http://${BALANCES_API_ADDR}/balances") String balancesApiUri,
            @Value("${VERSION:dev}") String version) {
        this.verifier = verifier;
        this.transactionRepository = transactionRepository;
        this.transactionValidator = transactionValidator;
        this.restTemplate = restTemplate;
        this.localRoutingNum = localRoutingNum;
        this.balancesApiUri = balancesApiUri;
        this.version = version;
    }

    @GetMapping("/version")
    public ResponseEntity<String> version() {
        return new ResponseEntity<>(version, HttpStatus.OK);
    }

    @GetMapping("/ready")
    public ResponseEntity<String> readiness() {
        return new ResponseEntity<>("ok", HttpStatus.OK);
    }

    @PostMapping(value = "/transactions", consumes = "application/json")
    public ResponseEntity<?> addTransaction(@RequestHeader("Authorization") String bearerToken,
                                            @RequestBody Transaction transaction) {
        if (bearerToken != null && bearerToken.startsWith("Bearer ")) {
            bearerToken = bearerToken.split("Bearer ")[1];
        }
        try {
            final DecodedJWT jwt = verifier.verify(bearerToken);
            String authedAccount = jwt.getClaim("acct").asString();
            transactionValidator.validateTransaction(localRoutingNum, authedAccount, transaction);

            if (transaction.getFromRoutingNum().equals(localRoutingNum)) {
                int balance = getAvailableBalance(bearerToken, transaction.getFromAccountNum());
                if (balance < transaction.getAmount()) {
                    return new ResponseEntity<>("insufficient balance", HttpStatus.BAD_REQUEST);
                }
            }
            transaction.setTimestamp(new Date());
            transactionRepository.save(transaction);
            LOGGER.info("Submitted transaction successfully");
            return new ResponseEntity<>("ok", HttpStatus.CREATED);
        } catch (JWTVerificationException e) {
            return new ResponseEntity<>("not authorized", HttpStatus.UNAUTHORIZED);
        } catch (IllegalArgumentException | IllegalStateException e) {
            return new ResponseEntity<>(e.getMessage(), HttpStatus.BAD_REQUEST);
        } catch (ResourceAccessException | DataAccessException e) {
            LOGGER.error("failed to process transaction", e);
            return new ResponseEntity<>(e.getMessage(), HttpStatus.INTERNAL_SERVER_ERROR);
        }
    }

    /** Asks balancereader for the sender's balance. */
    private int getAvailableBalance(String token, String fromAcct) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("Authorization", "Bearer " + token);
        HttpEntity<String> entity = new HttpEntity<>(headers);
        String uri = balancesApiUri + "/" + fromAcct;
        ResponseEntity<Integer> response = restTemplate.exchange(uri, HttpMethod.GET, entity, Integer.class);
        Integer senderBalance = response.getBody();
        if (senderBalance == null) {
            throw new IllegalStateException("balancereader returned no balance");
        }
        return senderBalance;
    }
}
