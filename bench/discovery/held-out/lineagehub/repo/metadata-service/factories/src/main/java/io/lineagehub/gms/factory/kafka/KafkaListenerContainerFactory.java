package io.lineagehub.gms.factory.kafka;

import io.lineagehub.gms.factory.kafka.schemaregistry.SchemaRegistryConfig;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.config.KafkaListenerContainerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;

@Configuration
public class KafkaListenerContainerFactory {

  @Value("${kafka.bootstrapServers}")
  private String kafkaBootstrapServers;

  @Value("${kafka.listener.concurrency:1}")
  private Integer kafkaListenerConcurrency;

  @Bean(name = "kafkaEventConsumer")
  protected KafkaListenerContainerFactory<?> createInstance(
      KafkaProperties properties,
      @Qualifier("schemaRegistryConfig") SchemaRegistryConfig schemaRegistryConfig) {
    KafkaProperties.Consumer consumerProps = properties.getConsumer();
    consumerProps.setKeyDeserializer(org.apache.kafka.common.serialization.StringDeserializer.class);
    consumerProps.setValueDeserializer(org.springframework.kafka.support.serializer.ErrorHandlingDeserializer.class);
    consumerProps.setBootstrapServers(Arrays.asList(kafkaBootstrapServers.split(",")));

    Map<String, Object> props = new HashMap<>(properties.buildConsumerProperties());
    props.put("spring.deserializer.value.delegate.class", schemaRegistryConfig.getDeserializer());
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    props.putAll(schemaRegistryConfig.getProperties());

    ConcurrentKafkaListenerContainerFactory<String, Object> factory = new ConcurrentKafkaListenerContainerFactory<>();
    factory.setConsumerFactory(new DefaultKafkaConsumerFactory<>(props));
    factory.setContainerCustomizer(c -> c.getContainerProperties().setIdleEventInterval(Duration.ofMinutes(1).toMillis()));
    factory.setConcurrency(kafkaListenerConcurrency);
    return factory;
  }
}
