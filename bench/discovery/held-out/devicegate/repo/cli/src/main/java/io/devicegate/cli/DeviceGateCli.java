package io.devicegate.cli;

import java.util.Map;

import io.vertx.core.Vertx;
import io.vertx.kafka.client.consumer.KafkaConsumer;
import io.vertx.kafka.client.producer.KafkaProducer;
import io.vertx.kafka.client.producer.KafkaProducerRecord;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Developer tool: {@code devicegate-cli consume --tenant X} / {@code devicegate-cli command ...}. */
@Command(name = "devicegate-cli", mixinStandardHelpOptions = true)
public class DeviceGateCli implements Runnable {

    @Option(names = "--bootstrap-servers", defaultValue = "localhost:9092")
    String bootstrapServers;

    @Option(names = "--tenant", defaultValue = "DEFAULT_TENANT")
    String tenant;

    @Option(names = "--command", description = "send this command instead of consuming")
    String command;

    @Option(names = "--device")
    String device;

    @Override
    public void run() {
        final Vertx vertx = Vertx.vertx();
        if (command != null) {
            KafkaProducer.<String, String>create(vertx, Map.of("bootstrap.servers", bootstrapServers,
                    "key.serializer", "org.apache.kafka.common.serialization.StringSerializer",
                    "value.serializer", "org.apache.kafka.common.serialization.StringSerializer"))
                .send(KafkaProducerRecord.create("devicegate.command." + tenant, device, command));
        } else {
            KafkaConsumer.<String, String>create(vertx, Map.of("bootstrap.servers", bootstrapServers, "group.id", "cli",
                    "key.deserializer", "org.apache.kafka.common.serialization.StringDeserializer",
                    "value.deserializer", "org.apache.kafka.common.serialization.StringDeserializer"))
                .handler(r -> System.out.println(r.key() + ": " + r.value()))
                .subscribe("devicegate.telemetry." + tenant);
        }
    }

    public static void main(final String[] args) {
        System.exit(new CommandLine(new DeviceGateCli()).execute(args));
    }
}
