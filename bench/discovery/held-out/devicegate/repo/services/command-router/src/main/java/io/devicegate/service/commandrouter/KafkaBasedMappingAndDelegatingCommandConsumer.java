package io.devicegate.service.commandrouter;

import java.util.Map;
import java.util.regex.Pattern;

import io.devicegate.client.amqp.ProtonBasedDeviceRegistrationClient;
import io.devicegate.client.amqp.ProtonBasedTenantClient;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.kafka.client.consumer.KafkaConsumer;
import io.vertx.kafka.client.consumer.KafkaConsumerRecord;

/**
 * Consumes commands sent by business applications on {@code devicegate.command.<tenant>}, maps the
 * target device to the adapter instance serving it and delegates via the internal command sender.
 */
public class KafkaBasedMappingAndDelegatingCommandConsumer {

    private static final Pattern COMMAND_TOPIC_PATTERN = Pattern.compile(Pattern.quote("devicegate.command.") + ".*");

    private final KafkaConsumer<String, byte[]> consumer;
    private final CacheBasedDeviceConnectionInfo connectionInfo;
    private final KafkaBasedInternalCommandSender internalCommandSender;
    private final ProtonBasedTenantClient tenantClient;
    private final ProtonBasedDeviceRegistrationClient registrationClient;

    public KafkaBasedMappingAndDelegatingCommandConsumer(final Vertx vertx, final Map<String, String> consumerConfig,
            final CacheBasedDeviceConnectionInfo connectionInfo, final KafkaBasedInternalCommandSender sender,
            final ProtonBasedTenantClient tenantClient, final ProtonBasedDeviceRegistrationClient registrationClient) {
        this.consumer = KafkaConsumer.create(vertx, consumerConfig);
        this.connectionInfo = connectionInfo;
        this.internalCommandSender = sender;
        this.tenantClient = tenantClient;
        this.registrationClient = registrationClient;
    }

    public Future<Void> start() {
        consumer.handler(this::handleCommandMessage);
        return consumer.subscribe(COMMAND_TOPIC_PATTERN);
    }

    private void handleCommandMessage(final KafkaConsumerRecord<String, byte[]> record) {
        final String tenantId = record.topic().substring("devicegate.command.".length());
        final String deviceId = record.key();
        tenantClient.request(tenantId, "get", new JsonObject())
            .compose(t -> registrationClient.request(tenantId, "get-last-known-gateway", new JsonObject().put("device-id", deviceId)))
            .compose(gw -> connectionInfo.getCommandHandlingAdapterInstance(tenantId, deviceId))
            .compose(adapterInstanceId -> internalCommandSender.sendCommand(adapterInstanceId, record));
    }
}
