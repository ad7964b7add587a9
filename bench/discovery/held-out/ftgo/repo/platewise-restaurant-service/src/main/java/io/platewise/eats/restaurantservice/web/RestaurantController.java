package io.platewise.eats.restaurantservice.web;

import io.platewise.eats.restaurantservice.domain.Restaurant;
import io.platewise.eats.restaurantservice.domain.RestaurantService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;

import java.util.Map;

@RestController
@RequestMapping("/restaurants")
public class RestaurantController {

  private final RestaurantService restaurantService;

  public RestaurantController(RestaurantService restaurantService) {
    this.restaurantService = restaurantService;
  }

  @PostMapping
  public Map<String, Long> create(@RequestBody Restaurant request) {
    Restaurant r = restaurantService.create(request);
    return Map.of("id", r.getId());
  }

  @GetMapping("/{restaurantId}")
  public ResponseEntity<Restaurant> get(@PathVariable long restaurantId) {
    return restaurantService.findById(restaurantId)
            .map(ResponseEntity::ok)
            .orElseGet(() -> ResponseEntity.notFound().build());
  }
}
