package io.tidemark.shipment;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;

/** Swaps the smallrye-kafka connector for the in-memory one in tests. */
public class InMemoryKafkaResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        Map<String, String> props = new HashMap<>(InMemoryConnector.switchIncomingChannelsToInMemory("order-events"));
        return props;
    }

    @Override
    public void stop() {
        InMemoryConnector.clear();
    }
}
