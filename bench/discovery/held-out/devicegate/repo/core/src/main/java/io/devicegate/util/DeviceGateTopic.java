package io.devicegate.util;

import java.util.Objects;

/**
 * Identifies a Kafka topic used by DeviceGate, e.g. {@code devicegate.telemetry.DEFAULT_TENANT}.
 */
public final class DeviceGateTopic {

    public static final String NAMESPACE = "devicegate.";

    public enum Type {
        TELEMETRY("telemetry"),
        EVENT("event"),
        COMMAND("command"),
        COMMAND_RESPONSE("command_response"),
        COMMAND_INTERNAL("command_internal"),
        NOTIFICATION("notification");

        public final String prefix;

        Type(final String prefix) {
            this.prefix = NAMESPACE + prefix + ".";
        }
    }

    private final Type type;
    private final String suffix;

    public DeviceGateTopic(final Type type, final String suffix) {
        this.type = Objects.requireNonNull(type);
        this.suffix = Objects.requireNonNull(suffix);
    }

    public static DeviceGateTopic telemetry(final String tenantId) {
        return new DeviceGateTopic(Type.TELEMETRY, tenantId);
    }

    public static DeviceGateTopic event(final String tenantId) {
        return new DeviceGateTopic(Type.EVENT, tenantId);
    }

    public static DeviceGateTopic command(final String tenantId) {
        return new DeviceGateTopic(Type.COMMAND, tenantId);
    }

    public static DeviceGateTopic commandInternal(final String adapterInstanceId) {
        return new DeviceGateTopic(Type.COMMAND_INTERNAL, adapterInstanceId);
    }

    public static String notificationTopic(final String notificationType) {
        // e.g. devicegate.notification.registry-tenant
        return Type.NOTIFICATION.prefix + notificationType;
    }

    @Override
    public String toString() {
        return type.prefix + suffix;
    }
}
