package io.tidewater.store.cart.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tidewater.store.cart.model.Order;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.jboss.logging.Logger;

/** Publishes checked-out carts to the order pipeline. */
@ApplicationScoped
public class OrderPublisher {

    private static final Logger LOG = Logger.getLogger(OrderPublisher.class);

    @Inject
    @Channel("orders")
    Emitter<String> orderEmitter;

    @Inject
    ObjectMapper mapper;

    public void publish(Order order) {
        try {
            String json = mapper.writeValueAsString(order);
            orderEmitter.send(json).whenComplete((ok, err) -> {
                if (err != null) {
                    LOG.errorf(err, "Failed to publish order %s", order.orderId);
                } else {
                    LOG.infof("Order %s published", order.orderId);
                }
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise order " + order.orderId, e);
        }
    }
}
