package io.driftwood.web.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What the browser posts and what goes out on the {@code orders-in} topic.
 */
public record PlaceOrderCommand(
        String id,
        OrderSource orderSource,
        String storeId,
        Optional<String> loyaltyMemberId,
        List<OrderLine> baristaLineItems,
        List<OrderLine> kitchenLineItems,
        Instant timestamp) {

    public PlaceOrderCommand withDefaults(String defaultStore) {
        return new PlaceOrderCommand(
                id == null ? UUID.randomUUID().toString() : id,
                orderSource == null ? OrderSource.WEB : orderSource,
                storeId == null ? defaultStore : storeId,
                loyaltyMemberId == null ? Optional.empty() : loyaltyMemberId,
                baristaLineItems == null ? List.of() : baristaLineItems,
                kitchenLineItems == null ? List.of() : kitchenLineItems,
                timestamp == null ? Instant.now() : timestamp);
    }

    public boolean isEmpty() {
        return (baristaLineItems == null || baristaLineItems.isEmpty())
                && (kitchenLineItems == null || kitchenLineItems.isEmpty());
    }

    public enum OrderSource { WEB, COUNTER, MOBILE }

    public record OrderLine(String item, String name, java.math.BigDecimal price) { }
}
