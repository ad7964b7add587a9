package com.latticeoutfitters.orders.service;

import com.latticeoutfitters.orders.avro.Order;
import com.latticeoutfitters.orders.avro.OrderState;
import com.latticeoutfitters.orders.common.Schemas.Topics;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * REST front of the orders platform.
 *
 * <pre>
 * POST /v1/orders                       create (writes to the `orders` topic, 201 + Location)
 * GET  /v1/orders/{id}                  current state from the local store or the owning replica
 * GET  /v1/orders/{id}/validated        long-poll until VALIDATED or FAILED
 * GET  /health                          liveness/readiness
 * </pre>
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class OrdersResource {

  private static final Logger log = LoggerFactory.getLogger(OrdersResource.class);

  private final Producer<String, Order> producer;
  private final Function<String, Order> localLookup;
  private final Function<String, HostStoreInfo> ownerLookup;
  private final HostStoreInfo self;
  private final RemoteOrdersClient remote;
  private final long validatedTimeoutMs;
  private final boolean validatedEndpointEnabled;
  private final Map<String, CopyOnWriteArrayList<PendingRequest>> outstanding = new ConcurrentHashMap<>();
  private final ScheduledExecutorService timeouts = Executors.newSingleThreadScheduledExecutor();
  private volatile boolean ready;

  record PendingRequest(AsyncResponse response, boolean onlyTerminal) {
  }

  public OrdersResource(Producer<String, Order> producer,
                        Function<String, Order> localLookup,
                        Function<String, HostStoreInfo> ownerLookup,
                        HostStoreInfo self,
                        RemoteOrdersClient remote,
                        long validatedTimeoutMs,
                        boolean validatedEndpointEnabled) {
    this.producer = producer;
    this.localLookup = localLookup;
    this.ownerLookup = ownerLookup;
    this.self = self;
    this.remote = remote;
    this.validatedTimeoutMs = validatedTimeoutMs;
    this.validatedEndpointEnabled = validatedEndpointEnabled;
  }

  void markReady() {
    ready = true;
  }

  @POST
  @Path("v1/orders")
  @Consumes(MediaType.APPLICATION_JSON)
  public void submitOrder(OrderDto dto, @Suspended AsyncResponse response) {
    if (dto == null || dto.id == null || dto.id.isBlank()) {
      response.resume(Response.status(400).entity(Map.of("error", "id is required")).build());
      return;
    }
    if (dto.quantity <= 0) {
      response.resume(Response.status(422).entity(Map.of("error", "quantity must be positive")).build());
      return;
    }
    dto.state = OrderState.CREATED.name();
    Order order = dto.toOrder();
    producer.send(new ProducerRecord<>(Topics.ORDERS.name(), order.getId(), order), (metadata, e) -> {
      if (e != null) {
        log.warn("failed to write order {}", order.getId(), e);
        response.resume(Response.serverError().entity(Map.of("error", e.getMessage())).build());
      } else {
        response.resume(Response.created(URI.create("/v1/orders/" + order.getId())).build());
      }
    });
  }

  @GET
  @Path("v1/orders/{id}")
  public void getOrder(@PathParam("id") String id,
                       @QueryParam("timeout") Long timeout,
                       @Suspended AsyncResponse response) {
    fetch(id, false, timeout, response);
  }

  @GET
  @Path("v1/orders/{id}/validated")
  public void getValidatedOrder(@PathParam("id") String id,
                                @QueryParam("timeout") Long timeout,
                                @Suspended AsyncResponse response) {
    if (!validatedEndpointEnabled) {
      response.resume(Response.status(404).build());
      return;
    }
    fetch(id, true, timeout, response);
  }

  @GET
  @Path("health")
  public Response health() {
    return ready ? Response.ok(Map.of("status", "UP")).build()
        : Response.status(503).entity(Map.of("status", "STARTING")).build();
  }

  private void fetch(String id, boolean onlyTerminal, Long timeout, AsyncResponse response) {
    long waitMs = timeout == null ? validatedTimeoutMs : timeout;
    response.setTimeout(waitMs, TimeUnit.MILLISECONDS);
    response.setTimeoutHandler(r -> r.resume(Response.status(504)
        .entity(Map.of("error", "order " + id + " not ready after " + waitMs + "ms")).build()));

    HostStoreInfo owner = ownerLookup.apply(id);
    if (!owner.isSelf(self.host(), self.port())) {
      // Interactive query: the key is on another replica of orders-service.
      String path = onlyTerminal ? "v1/orders/" + id + "/validated" : "v1/orders/" + id;
      try {
        response.resume(remote.fetch(owner, path));
      } catch (WebApplicationException e) {
        response.resume(e.getResponse());
      }
      return;
    }

    Order order = localLookup.apply(id);
    if (order != null && (!onlyTerminal || isTerminal(order))) {
      response.resume(OrderDto.from(order));
    } else {
      outstanding.computeIfAbsent(id, k -> new CopyOnWriteArrayList<>())
          .add(new PendingRequest(response, onlyTerminal));
    }
  }

  /** Called from the Streams topology whenever the local store sees a new version of an order. */
  void onOrderUpdate(String id, Order order) {
    CopyOnWriteArrayList<PendingRequest> waiting = outstanding.get(id);
    if (waiting == null) {
      return;
    }
    for (PendingRequest pending : waiting) {
      if (!pending.onlyTerminal() || isTerminal(order)) {
        pending.response().resume(OrderDto.from(order));
        waiting.remove(pending);
      }
    }
    if (waiting.isEmpty()) {
      outstanding.remove(id);
    }
  }

  private static boolean isTerminal(Order order) {
    return order.getState() == OrderState.VALIDATED || order.getState() == OrderState.FAILED;
  }

  void shutdown() {
    timeouts.shutdownNow();
  }
}
