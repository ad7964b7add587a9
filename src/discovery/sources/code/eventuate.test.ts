/**
 * Eventuate Tram in Java: domain events, commands and saga steps are written to an outbox table
 * that the CDC service publishes to Kafka, so each is a message produced to (or consumed from) the
 * Kafka broker `eventuatelocal.kafka.bootstrap.servers` names; the channel is the aggregate type
 * (a class's full name) or the command channel.
 */
import { describe, expect, it } from 'vitest';
import { code, message, readSnippet, summarise, type FactSummary } from './code-test-support.js';
import { jvmCodeSource } from './jvm-source.js';

const BROKER = { key: 'eventuatelocal.kafka.bootstrap.servers' };
const produces = (channel: string | undefined, line: number): FactSummary => message('produces', 'Kafka', channel, BROKER, line);
const consumes = (channel: string | undefined, line: number): FactSummary => message('consumes', 'Kafka', channel, BROKER, line);

const cases: { name: string; path: string; text: string; facts: FactSummary[] }[] = [
  {
    name: 'DomainEventPublisher.publish by literal, by imported class and by a class of the same package',
    path: 'order-service/src/main/java/shop/orders/OrderService.java',
    text: code`
      package shop.orders;
      import io.eventuate.tram.events.publisher.DomainEventPublisher;
      import shop.customers.Customer;
      public class OrderService {
        private final DomainEventPublisher domainEventPublisher;
        void place(Order order) {
          domainEventPublisher.publish("shop.orders.Order", order.getId(), events);
          domainEventPublisher.publish(Order.class, order.getId(), events);
          domainEventPublisher.publish(Customer.class, order.getCustomerId(), other);
        }
      }`,
    facts: [produces('shop.orders.Order', 7), produces('shop.orders.Order', 8), produces('shop.customers.Customer', 9)],
  },
  {
    name: 'an aggregate\'s event publisher publishes on the aggregate\'s channel',
    path: 'kitchen-service/src/main/java/shop/kitchen/TicketDomainEventPublisher.java',
    text: code`
      package shop.kitchen;
      import io.eventuate.tram.events.aggregates.AbstractAggregateDomainEventPublisher;
      import io.eventuate.tram.events.publisher.DomainEventPublisher;
      public class TicketDomainEventPublisher extends AbstractAggregateDomainEventPublisher<Ticket, TicketDomainEvent> {
        public TicketDomainEventPublisher(DomainEventPublisher eventPublisher) { super(eventPublisher, Ticket.class, Ticket::getId); }
      }`,
    facts: [produces('shop.kitchen.Ticket', 4)],
  },
  {
    name: 'CommandProducer.send to a literal channel',
    path: 'order-service/src/main/java/shop/orders/Commands.java',
    text: code`
      import io.eventuate.tram.commands.producer.CommandProducer;
      public class Commands {
        private CommandProducer commandProducer;
        void reserve(long id) { commandProducer.send("customerService", new ReserveCredit(id), "orderReplies", headers); }
      }`,
    facts: [produces('customerService', 4)],
  },
  {
    name: 'a saga orchestrator: each step sends its command to the participant channel; replies come on <saga>-reply',
    path: 'order-service/src/main/java/shop/orders/CreateOrderSaga.java',
    text: code`
      package shop.orders;
      import io.eventuate.tram.sagas.orchestration.SagaDefinition;
      import io.eventuate.tram.sagas.simpledsl.SimpleSaga;
      import static io.eventuate.tram.commands.consumer.CommandWithDestinationBuilder.send;
      public class CreateOrderSaga implements SimpleSaga<CreateOrderSagaData> {
        private static final String KITCHEN = "kitchenService";
        private SagaDefinition<CreateOrderSagaData> sagaDefinition = step()
          .invokeParticipant(this::createTicket)
          .build();
        CommandWithDestination createTicket(CreateOrderSagaData data) {
          return send(new CreateTicket(data.getOrderId())).to(KITCHEN).build();
        }
        CommandWithDestination reserveCredit(CreateOrderSagaData data) {
          return send(new ReserveCreditCommand(data.getOrderId())).to("customerService").build();
        }
      }`,
    facts: [consumes('shop.orders.CreateOrderSaga-reply', 5), produces('kitchenService', 11), produces('customerService', 14)],
  },
  {
    name: 'domain event handlers consume the aggregate type\'s channel',
    path: 'customer-service/src/main/java/shop/customers/OrderEventConsumer.java',
    text: code`
      package shop.customers;
      import io.eventuate.tram.events.subscriber.DomainEventHandlers;
      import io.eventuate.tram.events.subscriber.DomainEventHandlersBuilder;
      import shop.orders.Order;
      public class OrderEventConsumer {
        public DomainEventHandlers domainEventHandlers() {
          return DomainEventHandlersBuilder
            .forAggregateType(Order.class)
            .onEvent(OrderCreatedEvent.class, this::handleOrderCreated)
            .andForAggregateType("shop.accounts.Account")
            .build();
        }
        public DomainEventHandlers others() {
          return DomainEventHandlersBuilder.forAggregateType("shop.payments.Payment").onEvent(PaymentMade.class, this::paid).build();
        }
      }`,
    facts: [consumes('shop.accounts.Account', 10), consumes('shop.orders.Order', 8), consumes('shop.payments.Payment', 14)],
  },
  {
    name: 'command handlers consume their channel, and a participant\'s replies are produced',
    path: 'kitchen-service/src/main/java/shop/kitchen/KitchenCommandHandlers.java',
    text: code`
      import io.eventuate.tram.commands.consumer.CommandHandlers;
      import io.eventuate.tram.sagas.participant.SagaCommandHandlersBuilder;
      import static io.eventuate.tram.commands.consumer.CommandHandlerReplyBuilder.withSuccess;
      import static io.eventuate.tram.commands.consumer.CommandHandlerReplyBuilder.withFailure;
      public class KitchenCommandHandlers {
        public CommandHandlers commandHandlers() {
          return SagaCommandHandlersBuilder.fromChannel("kitchenService").onMessage(CreateTicket.class, this::createTicket).build();
        }
        public Message createTicket(CommandMessage<CreateTicket> cm) {
          try { return withSuccess(new CreateTicketReply(id)); } catch (Exception e) { return withFailure(); }
        }
      }`,
    facts: [consumes('kitchenService', 7), produces(undefined, 10)],
  },
  {
    name: 'plain command handlers and the annotated event handler',
    path: 'customer-service/src/main/java/shop/customers/Handlers.java',
    text: code`
      import io.eventuate.tram.commands.consumer.CommandHandlersBuilder;
      import io.eventuate.tram.events.subscriber.annotations.EventuateDomainEventHandler;
      public class Handlers {
        CommandHandlers commands() { return CommandHandlersBuilder.fromChannel("customerService").onMessage(ReserveCredit.class, this::reserve).build(); }
        @EventuateDomainEventHandler(subscriberId = "customers", channel = "shop.orders.Order")
        public void onOrder(DomainEventEnvelope<OrderCreated> event) {}
      }`,
    facts: [consumes('customerService', 4), consumes('shop.orders.Order', 5)],
  },
  {
    name: 'Kotlin: a class reference publishes and consumes on the class\'s full name',
    path: 'order-service/src/main/kotlin/shop/orders/Orders.kt',
    text: code`
      package shop.orders
      import io.eventuate.tram.events.publisher.DomainEventPublisher
      import io.eventuate.tram.events.subscriber.DomainEventHandlersBuilder
      import shop.kitchen.Ticket
      class Orders(private val publisher: DomainEventPublisher) {
        fun place(order: Order) { publisher.publish(Order::class.java, order.id, events) }
        fun handlers() = DomainEventHandlersBuilder.forAggregateType(Ticket::class.java).onEvent(TicketAccepted::class.java, ::accepted).build()
      }`,
    facts: [produces('shop.orders.Order', 6), consumes('shop.kitchen.Ticket', 7)],
  },
  {
    name: 'the same names without Eventuate\'s imports are nothing',
    path: 'other/src/main/java/x/Other.java',
    text: code`
      import com.example.Publisher;
      public class Other {
        void go(Publisher publisher) { publisher.publish("x", 1, events); builder.fromChannel("y"); send(a).to("z"); }
      }`,
    facts: [],
  },
];

describe('Eventuate Tram code', () => {
  it.each(cases)('$name', async ({ path, text, facts }) => {
    expect(summarise(await readSnippet(jvmCodeSource, path, text))).toEqual(facts);
  });
});
