package com.junipersavings.balancereader;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class BalanceCacheTest {

    @Test
    void adjustsCachedBalance() {
        TransactionRepository repo = mock(TransactionRepository.class);
        when(repo.findBalance(anyString(), anyString())).thenReturn(500L);
        BalanceCache cache = new BalanceCache(repo, 10, "883745000");
        assertEquals(500L, cache.get("1011226111"));
        cache.adjust("1011226111", -200);
        assertEquals(300L, cache.get("1011226111"));
    }
}
