package io.driftwood.counter.messaging;

import io.driftwood.counter.OrderService;
import io.driftwood.counter.domain.LineItem;
import io.driftwood.counter.domain.Order;
import io.driftwood.counter.messaging.Messages.DashboardUpdate;
import io.driftwood.counter.messaging.Messages.PlaceOrderCommand;
import io.driftwood.counter.messaging.Messages.TicketIn;
import io.driftwood.counter.messaging.Messages.TicketUp;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.time.Instant;

/**
 * All of the counter's Kafka traffic. Persistence lives in {@link OrderService}.
 */
@ApplicationScoped
public class OrderRouter {

    private static final Logger LOG = Logger.getLogger(OrderRouter.class);

    @Inject
    OrderService orderService;

    @Inject
    @Channel("barista-in")
    Emitter<TicketIn> baristaEmitter;

    @Inject
    @Channel("kitchen-in")
    Emitter<TicketIn> kitchenEmitter;

    @Inject
    @Channel("web-updates")
    Emitter<DashboardUpdate> webUpdates;

    @Incoming("orders-in")
    @Blocking
    public void onOrder(PlaceOrderCommand command) {
        Order order = orderService.place(command);
        for (LineItem li : order.lineItems) {
            TicketIn ticket = new TicketIn(order.id, li.id, li.item, li.name, Instant.now());
            if (li.station == LineItem.Station.BARISTA) {
                baristaEmitter.send(ticket);
            } else {
                kitchenEmitter.send(ticket);
            }
            webUpdates.send(new DashboardUpdate(order.id, li.id, li.name, li.item, "IN_QUEUE", null));
        }
    }

    @Incoming("barista-out")
    @Blocking
    public void onBeverageReady(TicketUp ticket) {
        ticketUp(ticket);
    }

    @Incoming("kitchen-out")
    @Blocking
    public void onFoodReady(TicketUp ticket) {
        ticketUp(ticket);
    }

    @Incoming("eighty-six")
    public void onEightySix(String item) {
        LOG.warnf("inventory says %s is unavailable", item);
        orderService.markUnavailable(item);
    }

    private void ticketUp(TicketUp ticket) {
        orderService.fulfil(ticket);
        webUpdates.send(new DashboardUpdate(ticket.orderId(), ticket.lineItemId(), ticket.name(),
                ticket.item(), "FULFILLED", ticket.madeBy()));
    }
}
