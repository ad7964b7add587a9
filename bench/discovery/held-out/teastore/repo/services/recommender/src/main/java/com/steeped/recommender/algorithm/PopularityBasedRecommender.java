package com.steeped.recommender.algorithm;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.steeped.entities.OrderItem;

/** Recommends the best sellers that are not already in the cart. */
public class PopularityBasedRecommender implements Recommender {

  private Map<Long, Long> counts = new HashMap<>();

  @Override
  public synchronized void train(List<OrderItem> orderItems) {
    Map<Long, Long> fresh = new HashMap<>();
    for (OrderItem i : orderItems) {
      fresh.merge(i.getProductId(), (long) i.getQuantity(), Long::sum);
    }
    counts = fresh;
  }

  @Override
  public synchronized List<Long> recommend(Long userId, List<OrderItem> currentItems) {
    Set<Long> inCart = new HashSet<>();
    currentItems.forEach(i -> inCart.add(i.getProductId()));
    return counts.entrySet().stream()
        .filter(e -> !inCart.contains(e.getKey()))
        .sorted(Map.Entry.<Long, Long>comparingByValue().reversed())
        .limit(MAX_RECOMMENDATIONS)
        .map(Map.Entry::getKey)
        .collect(Collectors.toList());
  }
}
