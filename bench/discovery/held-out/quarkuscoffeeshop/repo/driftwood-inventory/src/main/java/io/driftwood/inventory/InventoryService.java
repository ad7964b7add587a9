package io.driftwood.inventory;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

@ApplicationScoped
public class InventoryService {

    private static final Logger LOG = Logger.getLogger(InventoryService.class);

    public record InventoryUsage(String station, String ingredient, int quantity) { }

    private final Set<String> eightySixed = ConcurrentHashMap.newKeySet();

    @Inject
    StockRoom stockRoom;

    @Inject
    @Channel("eighty-six")
    Emitter<String> eightySix;

    @ConfigProperty(name = "inventory.low-water-mark", defaultValue = "2")
    int lowWaterMark;

    @Incoming("inventory-usage")
    public void onUsage(InventoryUsage usage) {
        int left = stockRoom.decrement(usage.ingredient(), usage.quantity());
        LOG.debugf("%s used %d %s, %d left", usage.station(), usage.quantity(), usage.ingredient(), left);
        if (left <= lowWaterMark && eightySixed.add(usage.ingredient())) {
            LOG.warnf("86 %s", usage.ingredient());
            eightySix.send(usage.ingredient());
        }
    }

    @Scheduled(every = "{inventory.restock.every}", delayed = "30s")
    void restock() {
        stockRoom.restockAll();
        for (String item : Set.copyOf(eightySixed)) {
            eightySix.send("-" + item);
            eightySixed.remove(item);
        }
        LOG.info("stock room restocked to par");
        // if (reorderEnabled) supplierClient.reorder(stockRoom.snapshot());
    }
}
