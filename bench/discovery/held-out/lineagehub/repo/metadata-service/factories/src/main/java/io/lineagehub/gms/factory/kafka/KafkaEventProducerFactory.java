package io.lineagehub.gms.factory.kafka;

import io.lineagehub.gms.factory.kafka.schemaregistry.SchemaRegistryConfig;
import io.lineagehub.metadata.event.KafkaEventProducer;
import io.lineagehub.metadata.event.TopicConvention;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.avro.generic.IndexedRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class KafkaEventProducerFactory {

  @Value("${kafka.bootstrapServers}")
  private String kafkaBootstrapServers;

  @Value("${kafka.producer.retryCount}")
  private int retryCount;

  @Value("${kafka.producer.deliveryTimeout}")
  private int deliveryTimeout;

  @Value("${kafka.producer.compressionType}")
  private String compressionType;

  @Bean(name = "kafkaProducer")
  protected Producer<String, IndexedRecord> createKafkaProducer(
      KafkaProperties properties,
      @Qualifier("schemaRegistryConfig") SchemaRegistryConfig schemaRegistryConfig) {
    KafkaProperties.Producer producerProps = properties.getProducer();
    producerProps.setKeySerializer(org.apache.kafka.common.serialization.StringSerializer.class);
    producerProps.setValueSerializer(schemaRegistryConfig.getSerializer());

    if (kafkaBootstrapServers != null && kafkaBootstrapServers.length() > 0) {
      producerProps.setBootstrapServers(Arrays.asList(kafkaBootstrapServers.split(",")));
    }

    Map<String, Object> props = new HashMap<>(properties.buildProducerProperties());
    props.put(ProducerConfig.RETRIES_CONFIG, retryCount);
    props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, deliveryTimeout);
    props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, compressionType);
    props.putAll(schemaRegistryConfig.getProperties());
    return new KafkaProducer<>(props);
  }

  @Bean(name = "kafkaEventProducer")
  protected KafkaEventProducer createInstance(
      @Qualifier("kafkaProducer") Producer<String, IndexedRecord> producer,
      TopicConvention convention) {
    return new KafkaEventProducer(producer, convention);
  }
}
