package com.steeped.recommender.algorithm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.steeped.entities.OrderItem;

/**
 * Slope One over "how many of product X were in the same order as product Y". Good enough for a
 * shop of a few thousand products; training is O(items^2) per order.
 */
public class SlopeOneRecommender implements Recommender {

  private final Map<Long, Map<Long, Double>> diffs = new HashMap<>();
  private final Map<Long, Map<Long, Integer>> freqs = new HashMap<>();

  @Override
  public synchronized void train(List<OrderItem> orderItems) {
    diffs.clear();
    freqs.clear();
    Map<Long, List<OrderItem>> byOrder = new HashMap<>();
    orderItems.forEach(i -> byOrder.computeIfAbsent(i.getOrderId(), k -> new ArrayList<>()).add(i));
    for (List<OrderItem> order : byOrder.values()) {
      for (OrderItem a : order) {
        for (OrderItem b : order) {
          diffs.computeIfAbsent(a.getProductId(), k -> new HashMap<>())
              .merge(b.getProductId(), (double) (a.getQuantity() - b.getQuantity()), Double::sum);
          freqs.computeIfAbsent(a.getProductId(), k -> new HashMap<>())
              .merge(b.getProductId(), 1, Integer::sum);
        }
      }
    }
  }

  @Override
  public synchronized List<Long> recommend(Long userId, List<OrderItem> currentItems) {
    TreeMap<Double, Long> scored = new TreeMap<>(java.util.Collections.reverseOrder());
    for (Long candidate : diffs.keySet()) {
      if (currentItems.stream().anyMatch(i -> i.getProductId() == candidate)) {
        continue;
      }
      double sum = 0;
      int n = 0;
      for (OrderItem item : currentItems) {
        Integer f = freqs.getOrDefault(candidate, Map.of()).get(item.getProductId());
        if (f != null && f > 0) {
          sum += diffs.get(candidate).get(item.getProductId()) / f + item.getQuantity();
          n++;
        }
      }
      if (n > 0) {
        scored.put(sum / n + candidate * 1e-9, candidate);
      }
    }
    List<Long> result = new ArrayList<>(scored.values());
    return result.subList(0, Math.min(MAX_RECOMMENDATIONS, result.size()));
  }
}
