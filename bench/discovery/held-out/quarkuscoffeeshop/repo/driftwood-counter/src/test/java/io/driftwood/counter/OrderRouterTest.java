package io.driftwood.counter;

import io.driftwood.counter.loyalty.LoyaltyClient;
import io.driftwood.counter.messaging.Messages;
import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.smallrye.reactive.messaging.memory.InMemorySink;
import io.smallrye.reactive.messaging.memory.InMemorySource;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class OrderRouterTest {

    @Inject
    @Any
    InMemoryConnector connector;

    @InjectMock
    @RestClient
    LoyaltyClient loyaltyClient;

    @Test
    void beverageGoesToBarista() {
        InMemorySource<Messages.PlaceOrderCommand> orders = connector.source("orders-in");
        InMemorySink<Messages.TicketIn> barista = connector.sink("barista-in");
        InMemorySink<Messages.TicketIn> kitchen = connector.sink("kitchen-in");

        orders.send(new Messages.PlaceOrderCommand("o-1", "WEB", "ATLANTIC", null,
                List.of(new Messages.OrderLine("LATTE", "Ada", new BigDecimal("4.50"))),
                List.of(), Instant.now()));

        await().until(() -> barista.received().size() == 1);
        assertEquals(0, kitchen.received().size());
        assertEquals("LATTE", barista.received().get(0).getPayload().item());
    }
}
