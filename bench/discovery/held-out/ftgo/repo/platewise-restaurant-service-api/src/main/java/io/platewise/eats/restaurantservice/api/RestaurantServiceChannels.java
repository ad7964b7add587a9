package io.platewise.eats.restaurantservice.api;

public class RestaurantServiceChannels {

  public static final String RESTAURANT_AGGREGATE_TYPE = "io.platewise.eats.restaurantservice.domain.Restaurant";
}
