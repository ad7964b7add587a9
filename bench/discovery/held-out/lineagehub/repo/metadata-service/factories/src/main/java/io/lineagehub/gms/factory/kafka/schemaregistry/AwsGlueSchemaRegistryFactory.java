package io.lineagehub.gms.factory.kafka.schemaregistry;

import com.amazonaws.services.schemaregistry.deserializers.GlueSchemaRegistryKafkaDeserializer;
import com.amazonaws.services.schemaregistry.serializers.GlueSchemaRegistryKafkaSerializer;
import com.amazonaws.services.schemaregistry.utils.AWSSchemaRegistryConstants;
import com.amazonaws.services.schemaregistry.utils.AvroRecordType;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.annotation.Nonnull;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** AWS Glue schema registry, selected with SCHEMA_REGISTRY_TYPE=AWS_GLUE. */
@Configuration
@ConditionalOnProperty(name = "kafka.schemaRegistry.type", havingValue = "AWS_GLUE")
public class AwsGlueSchemaRegistryFactory {

  @Value("${kafka.schemaRegistry.awsGlue.region}")
  private String awsRegion;

  @Value("${kafka.schemaRegistry.awsGlue.registryName}")
  private Optional<String> registryName;

  @Bean(name = "schemaRegistryConfig")
  @Nonnull
  protected SchemaRegistryConfig getInstance() {
    Map<String, Object> props = new HashMap<>();
    props.put(AWSSchemaRegistryConstants.AWS_REGION, awsRegion);
    props.put(AWSSchemaRegistryConstants.DATA_FORMAT, "AVRO");
    props.put(AWSSchemaRegistryConstants.SCHEMA_AUTO_REGISTRATION_SETTING, "true");
    props.put(AWSSchemaRegistryConstants.AVRO_RECORD_TYPE, AvroRecordType.GENERIC_RECORD.getName());
    registryName.ifPresent(name -> props.put(AWSSchemaRegistryConstants.REGISTRY_NAME, name));
    return new SchemaRegistryConfig(
        GlueSchemaRegistryKafkaSerializer.class, GlueSchemaRegistryKafkaDeserializer.class, props);
  }
}
