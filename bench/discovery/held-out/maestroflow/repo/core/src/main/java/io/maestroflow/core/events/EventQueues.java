package io.maestroflow.core.events;

import java.util.Map;

import org.springframework.stereotype.Component;

import io.maestroflow.core.events.queue.ObservableQueue;

/** Resolves "type:name" sinks such as "sqs:maestroflow-order-events" to a registered queue provider. */
@Component
public class EventQueues {

    private final Map<String, EventQueueProvider> providers;

    public EventQueues(Map<String, EventQueueProvider> providersByType) {
        this.providers = providersByType;
    }

    public ObservableQueue getQueue(String eventType) {
        int idx = eventType.indexOf(':');
        if (idx < 0) {
            throw new IllegalArgumentException("Illegal event " + eventType);
        }
        String type = eventType.substring(0, idx);
        String name = eventType.substring(idx + 1);
        EventQueueProvider provider = providers.values().stream()
                .filter(p -> p.getQueueType().equals(type))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No event queue provider for type " + type
                        + "; is maestroflow.event-queues." + type + ".enabled=true?"));
        return provider.getQueue(name);
    }
}
