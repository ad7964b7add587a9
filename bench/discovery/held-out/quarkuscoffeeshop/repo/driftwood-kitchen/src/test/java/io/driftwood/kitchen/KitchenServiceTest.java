package io.driftwood.kitchen;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.smallrye.reactive.messaging.memory.InMemorySink;
import io.smallrye.reactive.messaging.memory.InMemorySource;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@QuarkusTestResource(KitchenServiceTest.InMemoryKafka.class)
class KitchenServiceTest {

    @Inject
    @Any
    InMemoryConnector connector;

    @Test
    void cakePopIsQuick() {
        InMemorySource<Tickets.TicketIn> in = connector.source("kitchen-in");
        InMemorySink<Tickets.TicketUp> out = connector.sink("kitchen-out");

        in.send(new Tickets.TicketIn("o-9", "li-1", "CAKEPOP", "Grace", Instant.now()));

        await().until(() -> out.received().size() == 1);
        assertEquals("li-1", out.received().get(0).getPayload().lineItemId());
    }

    public static class InMemoryKafka implements QuarkusTestResourceLifecycleManager {

        @Override
        public Map<String, String> start() {
            Map<String, String> props = new HashMap<>();
            props.putAll(InMemoryConnector.switchIncomingChannelsToInMemory("kitchen-in"));
            props.putAll(InMemoryConnector.switchOutgoingChannelsToInMemory("kitchen-out", "inventory-usage"));
            props.put("kitchen.delay.multiplier", "0");
            return props;
        }

        @Override
        public void stop() {
            InMemoryConnector.clear();
        }
    }
}
