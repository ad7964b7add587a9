package io.tidewater.store.payment;

import io.smallrye.common.annotation.Blocking;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Outgoing;
import org.jboss.logging.Logger;

/**
 * Simulated card processor: consumes payment requests and publishes the outcome.
 */
@ApplicationScoped
public class PaymentProcessor {

    private static final Logger LOG = Logger.getLogger(PaymentProcessor.class);

    @Inject
    PaymentRules rules;

    @Incoming("payments")
    @Outgoing("payment-results")
    @Blocking
    public String process(String payload) throws InterruptedException {
        JsonObject request = new JsonObject(payload);
        String orderId = request.getString("orderId");
        double total = request.getDouble("total", 0.0);
        JsonObject card = request.getJsonObject("creditCard", new JsonObject());

        rules.simulateLatency();
        PaymentResult result = rules.authorise(orderId, total, card.getString("number"));
        LOG.infof("Payment for order %s: %s (%s)", orderId, result.status, result.reason);
        return JsonObject.mapFrom(result).encode();
    }
}
