package io.driftwood.counter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.driftwood.counter.domain.LineItem;
import io.driftwood.counter.domain.Order;
import io.driftwood.counter.domain.OutboxEvent;
import io.driftwood.counter.loyalty.LoyaltyClient;
import io.driftwood.counter.messaging.Messages.OrderLine;
import io.driftwood.counter.messaging.Messages.PlaceOrderCommand;
import io.driftwood.counter.messaging.Messages.TicketUp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

@ApplicationScoped
public class OrderService {

    private static final Logger LOG = Logger.getLogger(OrderService.class);

    private final Set<String> unavailable = ConcurrentHashMap.newKeySet();

    @Inject
    ObjectMapper mapper;

    @Inject
    @RestClient
    LoyaltyClient loyaltyClient;

    @ConfigProperty(name = "loyalty.enabled", defaultValue = "true")
    boolean loyaltyEnabled;

    @Transactional
    public Order place(PlaceOrderCommand command) {
        Order order = new Order();
        order.id = command.id() != null ? command.id() : UUID.randomUUID().toString();
        order.orderSource = command.orderSource();
        order.storeId = command.storeId();
        order.loyaltyMemberId = command.loyaltyMemberId();
        if (command.baristaLineItems() != null) {
            command.baristaLineItems().forEach(l -> order.addLineItem(line(LineItem.Station.BARISTA, l)));
        }
        if (command.kitchenLineItems() != null) {
            command.kitchenLineItems().forEach(l -> order.addLineItem(line(LineItem.Station.KITCHEN, l)));
        }
        order.lineItems.removeIf(li -> unavailable.contains(li.item));
        order.orderStatus = Order.Status.IN_PROGRESS;
        order.persist();

        OutboxEvent.publish("Order", order.id, "OrderCreated", toJson(order));
        return order;
    }

    @Transactional
    public void fulfil(TicketUp ticket) {
        LineItem li = LineItem.findById(ticket.lineItemId());
        if (li == null) {
            LOG.warnf("unknown line item %s", ticket.lineItemId());
            return;
        }
        li.status = LineItem.Status.FULFILLED;
        Order order = li.order;
        if (order.allFulfilled()) {
            order.orderStatus = Order.Status.FULFILLED;
            OutboxEvent.publish("Order", order.id, "OrderFulfilled", toJson(order));
            if (loyaltyEnabled && order.loyaltyMemberId != null) {
                earnRewards(order);
            }
        }
    }

    public void markUnavailable(String item) {
        if (item.startsWith("-")) {
            unavailable.remove(item.substring(1));
        } else {
            unavailable.add(item);
        }
    }

    void earnRewards(Order order) {
        BigDecimal total = order.lineItems.stream()
                .map(li -> li.price == null ? BigDecimal.ZERO : li.price)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        loyaltyClient.earn(order.loyaltyMemberId,
                new LoyaltyClient.EarnRequest(order.id, order.storeId, total, order.lineItems.size()));
    }

    private static LineItem line(LineItem.Station station, OrderLine l) {
        return LineItem.of(station, l.item(), l.name(), l.price());
    }

    private String toJson(Order order) {
        try {
            return mapper.writeValueAsString(Map.of(
                    "orderId", order.id,
                    "storeId", order.storeId,
                    "source", order.orderSource == null ? "WEB" : order.orderSource,
                    "status", order.orderStatus.name(),
                    "items", order.lineItems.stream().map(li -> Map.of(
                            "item", li.item,
                            "station", li.station.name(),
                            "price", li.price == null ? BigDecimal.ZERO : li.price)).toList(),
                    "createdAt", order.createdAt.toString()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
