package io.platewise.eats.deliveryservice.web;

import io.platewise.eats.common.Address;
import org.springframework.data.repository.CrudRepository;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import javax.persistence.*;

@RestController
public class DeliveryController {

  public interface DeliveryRepository extends CrudRepository<Delivery, Long> {
  }

  private final DeliveryRepository deliveryRepository;

  public DeliveryController(DeliveryRepository deliveryRepository) {
    this.deliveryRepository = deliveryRepository;
  }

  @GetMapping("/deliveries/{orderId}")
  public ResponseEntity<Delivery> getDelivery(@PathVariable long orderId) {
    return deliveryRepository.findById(orderId)
            .map(ResponseEntity::ok)
            .orElseGet(() -> ResponseEntity.notFound().build());
  }

  @Entity
  @Table(name = "deliveries")
  @Access(AccessType.FIELD)
  public static class Delivery {

    public enum State { PENDING, SCHEDULED, PICKED_UP, DELIVERED, CANCELLED }

    @Id
    public Long orderId;

    public long restaurantId;

    @Embedded
    public Address deliveryAddress;

    @Enumerated(EnumType.STRING)
    public State state;

    public Long assignedCourier;

    public static Delivery create(long orderId, long restaurantId, Address deliveryAddress) {
      Delivery d = new Delivery();
      d.orderId = orderId;
      d.restaurantId = restaurantId;
      d.deliveryAddress = deliveryAddress;
      d.state = State.PENDING;
      return d;
    }

    public void schedule() {
      this.state = State.SCHEDULED;
    }
  }
}
