package com.steeped.registryclient.rest;

import java.util.List;

import javax.ws.rs.client.Entity;
import javax.ws.rs.core.GenericType;
import javax.ws.rs.core.MediaType;

import com.steeped.entities.OrderItem;
import com.steeped.registryclient.Service;

/** Asks the recommender which products go well with the current cart. */
public final class LoadBalancedRecommenderOperations {

  private LoadBalancedRecommenderOperations() {
  }

  public static List<Long> getRecommendations(List<OrderItem> items, Long uid) {
    return ServiceLoadBalancer.loadBalanceRESTOperation(Service.RECOMMENDER, "recommend",
        target -> HttpWrapper.wrap(uid == null ? target : target.queryParam("uid", uid))
            .post(Entity.entity(items, MediaType.APPLICATION_JSON))
            .readEntity(new GenericType<List<Long>>() { }));
  }
}
