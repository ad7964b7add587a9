package com.junipersavings.balancereader;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
public class BalanceCache {

    private final LoadingCache<String, Long> cache;

    public BalanceCache(TransactionRepository repository,
                        @Value("${CACHE_SIZE:1000000}") long size,
                        @Value("${LOCAL_ROUTING_NUM}") String localRoutingNum) {
        this.cache = Caffeine.newBuilder()
                .maximumSize(size)
                .recordStats()
                .build(acct -> {
                    Long balance = repository.findBalance(acct, localRoutingNum);
                    return balance == null ? 0L : balance;
                });
    }

    public Long get(String account) {
        return cache.get(account);
    }

    public void adjust(String account, long delta) {
        Long current = cache.getIfPresent(account);
        if (current != null) {
            cache.put(account, current + delta);
        }
    }
}
