package io.tidewater.store.order;

import io.smallrye.common.annotation.Blocking;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Outgoing;
import org.jboss.logging.Logger;

/**
 * Consumes orders placed by the cart, persists them and asks the payment service to charge the
 * customer. Credit card details are forwarded but never stored.
 */
@ApplicationScoped
public class OrderEventHandler {

    private static final Logger LOG = Logger.getLogger(OrderEventHandler.class);

    @Incoming("orders")
    @Outgoing("payments")
    @Blocking
    public String onOrder(String payload) {
        JsonObject json = new JsonObject(payload);
        Order order = json.copy()
            .put("status", "PROCESSING")
            .put("placedAt", Instant.now().toString())
            .mapTo(Order.class);
        order.persist();
        LOG.infof("Stored order %s for %s", order.orderId, order.customerName);

        return new JsonObject()
            .put("orderId", order.orderId)
            .put("total", order.orderValue)
            .put("creditCard", new JsonObject()
                .put("number", json.getString("creditCardNumber"))
                .put("expiration", json.getString("expDate"))
                .put("nameOnCard", order.customerName))
            .encode();
    }

    @Incoming("payment-results")
    @Blocking
    public void onPaymentResult(String payload) {
        JsonObject result = new JsonObject(payload);
        Order order = Order.findByOrderId(result.getString("orderId"));
        if (order == null) {
            LOG.warnf("Payment result for unknown order %s", result.getString("orderId"));
            return;
        }
        order.status = "SUCCESS".equals(result.getString("status")) ? "COMPLETED" : "FAILED";
        order.update();
    }
}
