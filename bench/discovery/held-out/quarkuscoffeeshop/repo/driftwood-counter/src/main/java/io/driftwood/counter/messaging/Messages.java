package io.driftwood.counter.messaging;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Wire formats shared with the other services. */
public final class Messages {

    private Messages() { }

    /** Arrives on {@code orders-in}. */
    public record PlaceOrderCommand(
            String id,
            String orderSource,
            String storeId,
            String loyaltyMemberId,
            List<OrderLine> baristaLineItems,
            List<OrderLine> kitchenLineItems,
            Instant timestamp) { }

    public record OrderLine(String item, String name, BigDecimal price) { }

    /** Sent on {@code barista-in} / {@code kitchen-in}. */
    public record TicketIn(String orderId, String lineItemId, String item, String name, Instant timestamp) { }

    /** Received on {@code barista-out} / {@code kitchen-out}. */
    public record TicketUp(String orderId, String lineItemId, String item, String name, String madeBy, Instant timestamp) { }

    /** Sent on {@code web-updates}. */
    public record DashboardUpdate(String orderId, String itemId, String name, String item, String status, String madeBy) { }
}
