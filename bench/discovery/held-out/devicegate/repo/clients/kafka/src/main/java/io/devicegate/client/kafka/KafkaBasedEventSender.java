package io.devicegate.client.kafka;

import java.util.Map;

import io.devicegate.util.DeviceGateTopic;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;

/** Publishes events to {@code devicegate.event.<tenant>} (acks=all). */
public class KafkaBasedEventSender extends AbstractKafkaBasedDownstreamSender {

    public KafkaBasedEventSender(final CachingKafkaProducerFactory factory, final Map<String, String> config) {
        super(factory, "event", config);
    }

    public Future<Void> sendEvent(final String tenantId, final String deviceId, final Buffer payload,
            final Map<String, String> props) {
        return send(DeviceGateTopic.event(tenantId), deviceId, payload, props).mapEmpty();
    }
}
