package io.driftwood.homeoffice;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReportsResourceTest {

    @Test
    void summaryAddsUpRevenue() {
        OrderRecord a = record("o-1", "4.50", 60);
        OrderRecord b = record("o-2", "3.00", 120);

        ReportsResource.StoreSummary s = ReportsResource.summarise("ATLANTIC", List.of(a, b));

        assertEquals(2, s.orders());
        assertEquals(7.50, s.revenue(), 0.001);
        assertEquals(90.0, s.avgSecondsToFulfil(), 0.001);
    }

    private static OrderRecord record(String id, String total, long seconds) {
        OrderRecord r = new OrderRecord();
        r.orderId = id;
        r.storeId = "ATLANTIC";
        r.total = new BigDecimal(total);
        r.createdAt = Instant.parse("2024-05-01T10:00:00Z");
        r.fulfilledAt = r.createdAt.plusSeconds(seconds);
        return r;
    }
}
