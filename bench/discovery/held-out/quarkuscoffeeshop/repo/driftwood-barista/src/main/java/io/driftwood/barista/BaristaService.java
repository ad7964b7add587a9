package io.driftwood.barista;

import io.driftwood.barista.Tickets.InventoryUsage;
import io.driftwood.barista.Tickets.TicketIn;
import io.driftwood.barista.Tickets.TicketUp;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Outgoing;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.Map;

@ApplicationScoped
public class BaristaService {

    private static final Logger LOG = Logger.getLogger(BaristaService.class);

    /** Seconds it takes to make each drink. */
    static final Map<String, Integer> PREP_SECONDS = Map.of(
            "ESPRESSO", 3,
            "ESPRESSO_DOUBLE", 4,
            "COFFEE_BLACK", 2,
            "COFFEE_WITH_ROOM", 2,
            "CAPPUCCINO", 6,
            "LATTE", 6);

    @ConfigProperty(name = "barista.name")
    String baristaName;

    @ConfigProperty(name = "barista.delay.multiplier", defaultValue = "1")
    int delayMultiplier;

    @Inject
    @Channel("inventory-usage")
    Emitter<InventoryUsage> inventory;

    @Incoming("barista-in")
    @Outgoing("barista-out")
    @Blocking(ordered = false)
    public TicketUp make(TicketIn ticket) throws InterruptedException {
        int seconds = PREP_SECONDS.getOrDefault(ticket.item(), 5) * delayMultiplier;
        LOG.infof("%s making %s for %s (%ds)", baristaName, ticket.item(), ticket.name(), seconds);
        Thread.sleep(seconds * 1000L);

        inventory.send(new InventoryUsage("BARISTA", ingredientFor(ticket.item()), 1));
        return new TicketUp(ticket.orderId(), ticket.lineItemId(), ticket.item(), ticket.name(),
                baristaName, Instant.now());
    }

    static String ingredientFor(String item) {
        return switch (item) {
            case "CAPPUCCINO", "LATTE" -> "MILK";
            case "COFFEE_BLACK", "COFFEE_WITH_ROOM" -> "COFFEE_BEANS";
            default -> "ESPRESSO_SHOTS";
        };
    }
}
