package io.devicegate.client.kafka;

import java.util.Map;

import io.devicegate.util.DeviceGateTopic;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;

/** Publishes telemetry messages to {@code devicegate.telemetry.<tenant>}. */
public class KafkaBasedTelemetrySender extends AbstractKafkaBasedDownstreamSender {

    public KafkaBasedTelemetrySender(final CachingKafkaProducerFactory factory, final Map<String, String> config) {
        super(factory, "telemetry", config);
    }

    public Future<Void> sendTelemetry(final String tenantId, final String deviceId, final Buffer payload,
            final Map<String, String> props) {
        return send(DeviceGateTopic.telemetry(tenantId), deviceId, payload, props).mapEmpty();
    }
}
