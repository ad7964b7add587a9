package io.platewise.eats.restaurantservice.domain;

import io.eventuate.tram.events.publisher.DomainEventPublisher;
import io.platewise.eats.restaurantservice.api.RestaurantServiceChannels;
import org.springframework.data.repository.CrudRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collections;
import java.util.Optional;

@Service
@Transactional
public class RestaurantService {

  public interface RestaurantRepository extends CrudRepository<Restaurant, Long> {
  }

  private final RestaurantRepository restaurantRepository;
  private final DomainEventPublisher domainEventPublisher;

  public RestaurantService(RestaurantRepository restaurantRepository, DomainEventPublisher domainEventPublisher) {
    this.restaurantRepository = restaurantRepository;
    this.domainEventPublisher = domainEventPublisher;
  }

  public Restaurant create(Restaurant restaurant) {
    restaurant = restaurantRepository.save(restaurant);
    domainEventPublisher.publish(RestaurantServiceChannels.RESTAURANT_AGGREGATE_TYPE, restaurant.getId(),
            Collections.singletonList(restaurant.makeCreatedEvent()));
    return restaurant;
  }

  public Optional<Restaurant> findById(long restaurantId) {
    return restaurantRepository.findById(restaurantId);
  }
}
