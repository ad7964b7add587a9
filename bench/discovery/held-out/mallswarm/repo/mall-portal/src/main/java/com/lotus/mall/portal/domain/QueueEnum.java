package com.lotus.mall.portal.domain;

/**
 * RabbitMQ topology for order cancellation. Messages are published to the TTL queue; when the
 * per-message TTL expires they are dead-lettered to the cancel queue, which gives us a delayed queue
 * without the delayed-message plugin.
 */
public enum QueueEnum {
    /** consumed: cancel the order */
    QUEUE_ORDER_CANCEL("mall.order.direct", "mall.order.cancel", "mall.order.cancel"),
    /** TTL holding queue, never consumed directly */
    QUEUE_TTL_ORDER_CANCEL("mall.order.direct.ttl", "mall.order.cancel.ttl", "mall.order.cancel.ttl");

    private final String exchange;
    private final String name;
    private final String routeKey;

    QueueEnum(String exchange, String name, String routeKey) {
        this.exchange = exchange;
        this.name = name;
        this.routeKey = routeKey;
    }

    public String getExchange() { return exchange; }
    public String getName() { return name; }
    public String getRouteKey() { return routeKey; }
}
