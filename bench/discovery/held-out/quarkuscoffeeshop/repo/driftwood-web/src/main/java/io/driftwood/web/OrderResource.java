package io.driftwood.web;

import io.driftwood.web.domain.PlaceOrderCommand;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.jboss.logging.Logger;

import java.util.concurrent.CompletionStage;

@Path("/order")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrderResource {

    private static final Logger LOG = Logger.getLogger(OrderResource.class);

    @Inject
    @Channel("orders-in")
    Emitter<PlaceOrderCommand> orderEmitter;

    // v1: the web tier called the counter directly. Replaced by the orders-in topic in 2.0.
    // @Inject
    // @RestClient
    // CounterClient counterClient;

    @ConfigProperty(name = "store.id")
    String storeId;

    @POST
    public CompletionStage<Response> placeOrder(PlaceOrderCommand command) {
        if (command == null || command.isEmpty()) {
            return java.util.concurrent.CompletableFuture.completedFuture(
                    Response.status(Response.Status.BAD_REQUEST).entity("{\"error\":\"empty order\"}").build());
        }
        PlaceOrderCommand order = command.withDefaults(storeId);
        LOG.debugf("placing order %s for store %s", order.id(), order.storeId());

        // counterClient.placeOrder(order);
        return orderEmitter.send(order)
                .thenApply(ignored -> Response.accepted(order).build())
                .exceptionally(e -> {
                    LOG.error("could not hand order to Kafka", e);
                    return Response.serverError().build();
                });
    }
}
