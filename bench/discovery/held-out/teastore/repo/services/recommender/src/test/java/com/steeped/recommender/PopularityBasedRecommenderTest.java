package com.steeped.recommender;

import static org.junit.Assert.assertEquals;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.junit.Test;

import com.steeped.entities.OrderItem;
import com.steeped.recommender.algorithm.PopularityBasedRecommender;

/** Pure unit test: no persistence, no registry. */
public class PopularityBasedRecommenderTest {

  private static OrderItem item(long order, long product, int qty) {
    OrderItem i = new OrderItem();
    i.setOrderId(order);
    i.setProductId(product);
    i.setQuantity(qty);
    return i;
  }

  @Test
  public void bestSellerFirstAndCartExcluded() {
    PopularityBasedRecommender r = new PopularityBasedRecommender();
    r.train(Arrays.asList(item(1, 10, 5), item(2, 11, 2), item(3, 12, 9)));
    List<Long> rec = r.recommend(null, Collections.singletonList(item(0, 12, 1)));
    assertEquals(Arrays.asList(10L, 11L), rec);
  }
}
