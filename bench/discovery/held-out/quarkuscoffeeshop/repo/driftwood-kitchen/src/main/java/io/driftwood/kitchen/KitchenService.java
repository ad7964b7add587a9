package io.driftwood.kitchen;

import io.driftwood.kitchen.Tickets.InventoryUsage;
import io.driftwood.kitchen.Tickets.TicketIn;
import io.driftwood.kitchen.Tickets.TicketUp;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Outgoing;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;

@ApplicationScoped
public class KitchenService {

    private static final Logger LOG = Logger.getLogger(KitchenService.class);

    @ConfigProperty(name = "kitchen.name")
    String cookName;

    @ConfigProperty(name = "kitchen.delay.multiplier", defaultValue = "1")
    int delayMultiplier;

    @Inject
    @Channel("inventory-usage")
    Emitter<InventoryUsage> inventory;

    @Incoming("kitchen-in")
    @Outgoing("kitchen-out")
    public Uni<TicketUp> prepare(TicketIn ticket) {
        Duration prep = Duration.ofSeconds(prepSeconds(ticket.item()) * (long) delayMultiplier);
        LOG.infof("%s preparing %s for %s", cookName, ticket.item(), ticket.name());
        return Uni.createFrom().item(ticket)
                .onItem().delayIt().by(prep)
                .invoke(t -> inventory.send(new InventoryUsage("KITCHEN", t.item(), 1)))
                .map(t -> new TicketUp(t.orderId(), t.lineItemId(), t.item(), t.name(), cookName, Instant.now()));
    }

    static int prepSeconds(String item) {
        return switch (item) {
            case "CAKEPOP" -> 2;
            case "CROISSANT", "CROISSANT_CHOCOLATE" -> 4;
            case "MUFFIN" -> 3;
            default -> 5;
        };
    }
}
