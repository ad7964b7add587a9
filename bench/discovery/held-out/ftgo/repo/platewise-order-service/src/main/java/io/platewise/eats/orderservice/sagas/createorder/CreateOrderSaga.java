package io.platewise.eats.orderservice.sagas.createorder;

import io.eventuate.tram.commands.consumer.CommandWithDestination;
import io.eventuate.tram.sagas.orchestration.SagaDefinition;
import io.eventuate.tram.sagas.simpledsl.SimpleSaga;
import io.platewise.eats.accountingservice.api.AccountingServiceChannels;
import io.platewise.eats.accountingservice.api.AuthorizeCommand;
import io.platewise.eats.consumerservice.api.ConsumerServiceChannels;
import io.platewise.eats.consumerservice.api.ValidateOrderByConsumer;
import io.platewise.eats.kitchenservice.api.CreateTicket;
import io.platewise.eats.kitchenservice.api.KitchenServiceChannels;
import io.platewise.eats.orderservice.domain.Order;
import io.platewise.eats.orderservice.domain.OrderService;

import java.util.List;

import static io.eventuate.tram.commands.consumer.CommandWithDestinationBuilder.send;

/**
 * Orchestrates order creation: consumer validation, ticket creation, card authorisation.
 * Commands are written to the outbox and relayed to Kafka by the CDC service.
 */
public class CreateOrderSaga implements SimpleSaga<CreateOrderSaga.State> {

  private final OrderService.OrderRepository orderRepository;
  private final SagaDefinition<State> sagaDefinition;

  public CreateOrderSaga(OrderService.OrderRepository orderRepository) {
    this.orderRepository = orderRepository;
    this.sagaDefinition =
            step()
              .invokeLocal(this::noop)
              .withCompensation(this::rejectOrder)
            .step()
              .invokeParticipant(this::validateOrderByConsumer)
            .step()
              .invokeParticipant(this::createTicket)
              .onReply(CreateTicketReply.class, this::handleCreateTicketReply)
              .withCompensation(this::cancelCreateTicket)
            .step()
              .invokeParticipant(this::authorizeCard)
            .step()
              .invokeParticipant(this::confirmCreateTicket)
            .step()
              .invokeLocal(this::approveOrder)
            .build();
  }

  @Override
  public SagaDefinition<State> getSagaDefinition() {
    return sagaDefinition;
  }

  private void noop(State state) {
  }

  private void rejectOrder(State state) {
    orderRepository.findById(state.orderId).ifPresent(Order::noteRejected);
  }

  private void approveOrder(State state) {
    orderRepository.findById(state.orderId).ifPresent(Order::noteApproved);
  }

  private CommandWithDestination validateOrderByConsumer(State state) {
    return send(new ValidateOrderByConsumer(state.orderDetails.consumerId, state.orderId, state.orderDetails.orderTotal))
            .to(ConsumerServiceChannels.CONSUMER_SERVICE_COMMAND_CHANNEL)
            .build();
  }

  private CommandWithDestination createTicket(State state) {
    return send(new CreateTicket(state.orderDetails.restaurantId, state.orderId, state.ticketLineItems))
            .to(KitchenServiceChannels.KITCHEN_SERVICE_COMMAND_CHANNEL)
            .build();
  }

  private void handleCreateTicketReply(State state, CreateTicketReply reply) {
    state.ticketId = reply.ticketId;
  }

  private CommandWithDestination cancelCreateTicket(State state) {
    return send(new CancelCreateTicket(state.orderId))
            .to(KitchenServiceChannels.KITCHEN_SERVICE_COMMAND_CHANNEL)
            .build();
  }

  private CommandWithDestination confirmCreateTicket(State state) {
    return send(new ConfirmCreateTicket(state.ticketId))
            .to(KitchenServiceChannels.KITCHEN_SERVICE_COMMAND_CHANNEL)
            .build();
  }

  private CommandWithDestination authorizeCard(State state) {
    return send(new AuthorizeCommand(state.orderDetails.consumerId, state.orderId, state.orderDetails.orderTotal))
            .to(AccountingServiceChannels.ACCOUNTING_SERVICE_COMMAND_CHANNEL)
            .build();
  }

  public static class State {
    public Long orderId;
    public Order.OrderDetails orderDetails;
    public List<CreateTicket.TicketLineItem> ticketLineItems;
    public Long ticketId;

    public State() {
    }

    public State(Long orderId, Order.OrderDetails orderDetails, List<CreateTicket.TicketLineItem> ticketLineItems) {
      this.orderId = orderId;
      this.orderDetails = orderDetails;
      this.ticketLineItems = ticketLineItems;
    }
  }

  public static class CreateTicketReply {
    public long ticketId;
  }

  public static class ConfirmCreateTicket implements io.eventuate.tram.commands.common.Command {
    public long ticketId;
    public ConfirmCreateTicket() { }
    public ConfirmCreateTicket(long ticketId) { this.ticketId = ticketId; }
  }

  public static class CancelCreateTicket implements io.eventuate.tram.commands.common.Command {
    public long orderId;
    public CancelCreateTicket() { }
    public CancelCreateTicket(long orderId) { this.orderId = orderId; }
  }
}
