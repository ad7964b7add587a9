package io.platewise.eats.kitchenservice.web;

import io.platewise.eats.kitchenservice.domain.Ticket;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.*;

import java.time.LocalDateTime;

@RestController
public class KitchenController {

  private final Ticket.TicketRepository ticketRepository;

  public KitchenController(Ticket.TicketRepository ticketRepository) {
    this.ticketRepository = ticketRepository;
  }

  @GetMapping("/tickets/{orderId}")
  public ResponseEntity<TicketInfo> getTicketForOrder(@PathVariable long orderId) {
    return ticketRepository.findByOrderId(orderId)
            .map(t -> ResponseEntity.ok(new TicketInfo(t.getId(), t.getState().name(), t.getReadyBy())))
            .orElseGet(() -> ResponseEntity.notFound().build());
  }

  @PostMapping("/tickets/{ticketId}/accept")
  @Transactional
  public ResponseEntity<Void> acceptTicket(@PathVariable long ticketId, @RequestBody TicketAcceptance acceptance) {
    ticketRepository.findById(ticketId).ifPresent(t -> t.accept(acceptance.readyBy));
    return ResponseEntity.ok().build();
  }

  public static class TicketAcceptance {
    public LocalDateTime readyBy;
  }

  public static class TicketInfo {
    public long ticketId;
    public String state;
    public LocalDateTime readyBy;

    public TicketInfo(long ticketId, String state, LocalDateTime readyBy) {
      this.ticketId = ticketId;
      this.state = state;
      this.readyBy = readyBy;
    }
  }
}
