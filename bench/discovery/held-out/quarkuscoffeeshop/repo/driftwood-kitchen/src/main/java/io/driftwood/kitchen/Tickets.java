package io.driftwood.kitchen;

import java.time.Instant;

public final class Tickets {

    private Tickets() { }

    public record TicketIn(String orderId, String lineItemId, String item, String name, Instant timestamp) { }

    public record TicketUp(String orderId, String lineItemId, String item, String name, String madeBy, Instant timestamp) { }

    public record InventoryUsage(String station, String ingredient, int quantity) { }
}
