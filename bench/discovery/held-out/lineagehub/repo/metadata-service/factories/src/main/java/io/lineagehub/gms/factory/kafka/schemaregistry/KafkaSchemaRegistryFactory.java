package io.lineagehub.gms.factory.kafka.schemaregistry;

import io.confluent.kafka.schemaregistry.client.SchemaRegistryClientConfig;
import io.confluent.kafka.serializers.AbstractKafkaSchemaSerDeConfig;
import io.confluent.kafka.serializers.KafkaAvroDeserializer;
import io.confluent.kafka.serializers.KafkaAvroSerializer;
import java.util.HashMap;
import java.util.Map;
import javax.annotation.Nonnull;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Confluent-compatible schema registry, selected with SCHEMA_REGISTRY_TYPE=KAFKA. */
@Configuration
@ConditionalOnProperty(name = "kafka.schemaRegistry.type", havingValue = "KAFKA", matchIfMissing = true)
public class KafkaSchemaRegistryFactory {

  @Value("${kafka.schemaRegistry.url}")
  private String kafkaSchemaRegistryUrl;

  @Value("${kafka.schema.registry.security.protocol:PLAINTEXT}")
  private String securityProtocol;

  @Bean(name = "schemaRegistryConfig")
  @Nonnull
  protected SchemaRegistryConfig getInstance() {
    Map<String, Object> props = new HashMap<>();
    props.put(AbstractKafkaSchemaSerDeConfig.SCHEMA_REGISTRY_URL_CONFIG, kafkaSchemaRegistryUrl);
    props.put(SchemaRegistryClientConfig.CLIENT_NAMESPACE + "security.protocol", securityProtocol);
    return new SchemaRegistryConfig(KafkaAvroSerializer.class, KafkaAvroDeserializer.class, props);
  }
}
