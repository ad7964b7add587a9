package io.platewise.eats.kitchenservice.domain;

import io.platewise.eats.kitchenservice.api.CreateTicket;
import org.springframework.data.repository.CrudRepository;

import javax.persistence.*;
import java.time.LocalDateTime;
import java.util.Optional;

@Entity
@Table(name = "tickets")
@Access(AccessType.FIELD)
public class Ticket {

  public interface TicketRepository extends CrudRepository<Ticket, Long> {
    Optional<Ticket> findByOrderId(long orderId);
  }

  public enum State { CREATE_PENDING, AWAITING_ACCEPTANCE, ACCEPTED, PREPARING, READY_FOR_PICKUP, PICKED_UP, CANCELLED }

  @Id
  @GeneratedValue
  private Long id;

  private long orderId;
  private long restaurantId;

  @Enumerated(EnumType.STRING)
  private State state;

  private LocalDateTime readyBy;

  private Ticket() {
  }

  public static Ticket create(CreateTicket command) {
    Ticket t = new Ticket();
    t.orderId = command.getOrderId();
    t.restaurantId = command.getRestaurantId();
    t.state = State.CREATE_PENDING;
    return t;
  }

  public void confirmCreate() { state = State.AWAITING_ACCEPTANCE; }
  public void cancelCreate() { state = State.CANCELLED; }

  public void accept(LocalDateTime readyBy) {
    this.readyBy = readyBy;
    this.state = State.ACCEPTED;
  }

  public Long getId() { return id; }
  public long getOrderId() { return orderId; }
  public State getState() { return state; }
  public LocalDateTime getReadyBy() { return readyBy; }
}
