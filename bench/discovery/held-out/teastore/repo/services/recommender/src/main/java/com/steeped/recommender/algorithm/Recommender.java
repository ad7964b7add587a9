package com.steeped.recommender.algorithm;

import java.util.List;

import com.steeped.entities.OrderItem;

public interface Recommender {

  int MAX_RECOMMENDATIONS = 10;

  void train(List<OrderItem> orderItems);

  List<Long> recommend(Long userId, List<OrderItem> currentItems);
}
