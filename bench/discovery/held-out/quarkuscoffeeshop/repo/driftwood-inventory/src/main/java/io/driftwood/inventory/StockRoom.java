package io.driftwood.inventory;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** In-memory stock levels. Reset on restart, which is fine for a demo store. */
@ApplicationScoped
public class StockRoom {

    static final Map<String, Integer> PAR_LEVELS = Map.of(
            "COFFEE_BEANS", 40,
            "ESPRESSO_SHOTS", 60,
            "MILK", 30,
            "CROISSANT", 12,
            "CROISSANT_CHOCOLATE", 12,
            "MUFFIN", 12,
            "CAKEPOP", 20);

    private final Map<String, Integer> stock = new ConcurrentHashMap<>(PAR_LEVELS);

    public int decrement(String ingredient, int quantity) {
        return stock.merge(ingredient, -quantity, Integer::sum);
    }

    public int level(String ingredient) {
        return stock.getOrDefault(ingredient, 0);
    }

    public void restockAll() {
        stock.putAll(PAR_LEVELS);
    }

    public Map<String, Integer> snapshot() {
        return new TreeMap<>(stock);
    }
}
