package com.junipersavings.balancereader;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.util.List;

/** Polls the ledger for new transactions and applies them to the balance cache. */
@Component
public class LedgerReader {

    private static final Logger LOGGER = LoggerFactory.getLogger(LedgerReader.class);

    private final TransactionRepository repository;
    private final BalanceCache cache;
    private final String localRoutingNum;
    private long latestId = -1;

    public LedgerReader(TransactionRepository repository, BalanceCache cache,
                        @Value("${LOCAL_ROUTING_NUM}") String localRoutingNum) {
        this.repository = repository;
        this.cache = cache;
        this.localRoutingNum = localRoutingNum;
    }

    @Scheduled(fixedDelayString = "${POLL_MS:100}")
    public void poll() {
        List<Transaction> latest = repository.findLatest(latestId);
        for (Transaction t : latest) {
            if (t.getFromRoutingNum().equals(localRoutingNum)) {
                cache.adjust(t.getFromAccountNum(), -t.getAmount());
            }
            if (t.getToRoutingNum().equals(localRoutingNum)) {
                cache.adjust(t.getToAccountNum(), t.getAmount());
            }
            latestId = Math.max(latestId, t.getTransactionId());
        }
        if (!latest.isEmpty()) {
            LOGGER.debug("processed {} new transactions, latest id {}", latest.size(), latestId);
        }
    }
}
