package io.tidewater.store.order;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.smallrye.reactive.messaging.memory.InMemorySink;
import io.smallrye.reactive.messaging.memory.InMemorySource;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OrderEventHandlerTest {

    @Inject
    @Any
    InMemoryConnector connector;

    @Test
    void orderIsStoredAndPaymentRequested() {
        InMemorySource<String> orders = connector.source("orders");
        InMemorySink<String> payments = connector.sink("payments");

        orders.send("{\"orderId\":\"o-1\",\"customerName\":\"Ada\",\"orderValue\":42.0,"
            + "\"creditCardNumber\":\"4111111111111111\",\"expDate\":\"12/29\"}");

        await().until(() -> payments.received().size() == 1);
        assertEquals("PROCESSING", Order.findByOrderId("o-1").status);
    }
}
