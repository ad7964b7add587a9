package io.lineagehub.metadata.kafka;

import io.lineagehub.metadata.EventUtils;
import io.lineagehub.metadata.kafka.hook.MetadataChangeLogHook;
import io.lineagehub.mxe.MetadataChangeLog;
import io.lineagehub.mxe.Topics;
import java.util.List;
import lombok.extern.slf4j.Slf4j;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.kafka.annotation.EnableKafka;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Consumes MetadataChangeLog events and fans them out to hooks (search/graph indexing, ingestion
 * scheduler, siblings...). Runs inside GMS unless MAE_CONSUMER_ENABLED=false, in which case the
 * standalone mae-consumer-job hosts it.
 */
@Slf4j
@Component
@EnableKafka
@ConditionalOnProperty(name = "maeConsumer.enabled", havingValue = "true")
public class MetadataChangeLogKafkaListener {

  private final List<MetadataChangeLogHook> hooks;

  @Autowired
  public MetadataChangeLogKafkaListener(List<MetadataChangeLogHook> hooks) {
    this.hooks = hooks;
    this.hooks.forEach(MetadataChangeLogHook::init);
  }

  @KafkaListener(
      id = "${METADATA_CHANGE_LOG_KAFKA_CONSUMER_GROUP_ID:generic-mae-consumer-job-client}",
      topics = {"${topics.metadataChangeLogVersioned:" + Topics.METADATA_CHANGE_LOG_VERSIONED + "}",
                "${topics.metadataChangeLogTimeseries:" + Topics.METADATA_CHANGE_LOG_TIMESERIES + "}"},
      containerFactory = "kafkaEventConsumer")
  public void consume(final ConsumerRecord<String, GenericRecord> consumerRecord) {
    final GenericRecord record = consumerRecord.value();
    log.debug("Got MCL event key: {}, topic: {}, partition: {}, offset: {}",
        consumerRecord.key(), consumerRecord.topic(), consumerRecord.partition(), consumerRecord.offset());

    MetadataChangeLog event;
    try {
      event = EventUtils.avroToPegasusMCL(record);
    } catch (Exception e) {
      log.error("Error deserializing message due to: ", e);
      return;
    }

    for (MetadataChangeLogHook hook : this.hooks) {
      if (!hook.isEnabled()) {
        continue;
      }
      try {
        hook.invoke(event);
      } catch (Exception e) {
        log.error("Failed to execute MCL hook with name {}", hook.getClass().getCanonicalName(), e);
      }
    }
  }
}
