package io.platewise.eats.kitchenservice.messaging;

import io.eventuate.tram.commands.consumer.CommandHandlers;
import io.eventuate.tram.commands.consumer.CommandMessage;
import io.eventuate.tram.events.publisher.DomainEventPublisher;
import io.eventuate.tram.messaging.common.Message;
import io.eventuate.tram.sagas.participant.SagaCommandHandlersBuilder;
import io.platewise.eats.kitchenservice.api.CreateTicket;
import io.platewise.eats.kitchenservice.api.KitchenServiceChannels;
import io.platewise.eats.kitchenservice.domain.Ticket;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collections;
import java.util.Map;

import static io.eventuate.tram.commands.consumer.CommandHandlerReplyBuilder.withSuccess;

/** Saga participant: handles commands sent by the order service's Create Order saga. */
@Component
@Transactional
public class KitchenServiceCommandHandler {

  private final Ticket.TicketRepository ticketRepository;
  private final DomainEventPublisher domainEventPublisher;

  public KitchenServiceCommandHandler(Ticket.TicketRepository ticketRepository, DomainEventPublisher domainEventPublisher) {
    this.ticketRepository = ticketRepository;
    this.domainEventPublisher = domainEventPublisher;
  }

  public CommandHandlers commandHandlers() {
    return SagaCommandHandlersBuilder
            .fromChannel(KitchenServiceChannels.KITCHEN_SERVICE_COMMAND_CHANNEL)
            .onMessage(CreateTicket.class, this::createTicket)
            .onMessage(ConfirmCreateTicket.class, this::confirmCreateTicket)
            .onMessage(CancelCreateTicket.class, this::cancelCreateTicket)
            .build();
  }

  private Message createTicket(CommandMessage<CreateTicket> cm) {
    Ticket ticket = ticketRepository.save(Ticket.create(cm.getCommand()));
    return withSuccess(Map.of("ticketId", ticket.getId()));
  }

  private Message confirmCreateTicket(CommandMessage<ConfirmCreateTicket> cm) {
    ticketRepository.findById(cm.getCommand().ticketId).ifPresent(ticket -> {
      ticket.confirmCreate();
      domainEventPublisher.publish(KitchenServiceChannels.TICKET_EVENT_CHANNEL, ticket.getId(),
              Collections.singletonList(new TicketCreatedEvent(ticket.getId(), ticket.getOrderId())));
    });
    return withSuccess();
  }

  private Message cancelCreateTicket(CommandMessage<CancelCreateTicket> cm) {
    ticketRepository.findByOrderId(cm.getCommand().orderId).ifPresent(Ticket::cancelCreate);
    return withSuccess();
  }

  public static class ConfirmCreateTicket implements io.eventuate.tram.commands.common.Command {
    public long ticketId;
  }

  public static class CancelCreateTicket implements io.eventuate.tram.commands.common.Command {
    public long orderId;
  }

  public static class TicketCreatedEvent implements io.eventuate.tram.events.common.DomainEvent {
    public long ticketId;
    public long orderId;

    public TicketCreatedEvent() { }

    public TicketCreatedEvent(long ticketId, long orderId) {
      this.ticketId = ticketId;
      this.orderId = orderId;
    }
  }
}
