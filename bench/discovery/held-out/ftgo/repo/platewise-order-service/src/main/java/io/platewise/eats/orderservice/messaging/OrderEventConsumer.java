package io.platewise.eats.orderservice.messaging;

import io.eventuate.tram.events.subscriber.DomainEventEnvelope;
import io.eventuate.tram.events.subscriber.DomainEventHandlers;
import io.eventuate.tram.events.subscriber.DomainEventHandlersBuilder;
import io.platewise.eats.orderservice.domain.OrderService;
import io.platewise.eats.orderservice.domain.Restaurant;
import io.platewise.eats.restaurantservice.api.RestaurantCreated;
import io.platewise.eats.restaurantservice.api.RestaurantServiceChannels;

import java.util.List;
import java.util.stream.Collectors;

/** Keeps the order service's replica of restaurant menus in sync. */
public class OrderEventConsumer {

  private final OrderService orderService;

  public OrderEventConsumer(OrderService orderService) {
    this.orderService = orderService;
  }

  public DomainEventHandlers domainEventHandlers() {
    return DomainEventHandlersBuilder
            .forAggregateType(RestaurantServiceChannels.RESTAURANT_AGGREGATE_TYPE)
            .onEvent(RestaurantCreated.class, this::createMenu)
            .build();
  }

  private void createMenu(DomainEventEnvelope<RestaurantCreated> de) {
    long id = Long.parseLong(de.getAggregateId());
    List<Restaurant.MenuItem> items = de.getEvent().getMenuItems().stream().map(mi -> {
      Restaurant.MenuItem item = new Restaurant.MenuItem();
      item.id = mi.id;
      item.name = mi.name;
      item.price = mi.price;
      return item;
    }).collect(Collectors.toList());
    orderService.createMenu(id, de.getEvent().getName(), items);
  }
}
