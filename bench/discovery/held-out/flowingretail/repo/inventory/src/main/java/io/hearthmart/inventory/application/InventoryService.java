package io.hearthmart.inventory.application;

import org.springframework.stereotype.Service;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Deliberately naive stock keeping: an in-memory map of the warehouse shelves in Harrowgate.
 */
@Service
public class InventoryService {

  private final Map<String, Integer> stock = new ConcurrentHashMap<>(Map.of(
      "candle-amber-01", 500,
      "throw-wool-02", 120,
      "kettle-enamel-03", 80));

  public String pickItems(Map<String, Integer> items, String reason, String refId) {
    items.forEach((article, amount) -> stock.merge(article, -amount, Integer::sum));
    return "pick-" + UUID.randomUUID();
  }

  public int available(String articleId) {
    return stock.getOrDefault(articleId, 0);
  }
}
