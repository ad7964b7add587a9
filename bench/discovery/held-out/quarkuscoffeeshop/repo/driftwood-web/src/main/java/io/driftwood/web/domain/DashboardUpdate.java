package io.driftwood.web.domain;

/**
 * A line on the "orders ready" board. Published by the counter on {@code web-updates}.
 */
public record DashboardUpdate(
        String orderId,
        String itemId,
        String name,
        String item,
        String status,
        String madeBy) {
}
