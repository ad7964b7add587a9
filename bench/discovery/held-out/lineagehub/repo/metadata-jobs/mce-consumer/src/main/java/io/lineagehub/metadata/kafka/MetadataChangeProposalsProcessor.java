package io.lineagehub.metadata.kafka;

import io.lineagehub.metadata.EventUtils;
import io.lineagehub.metadata.entity.EntityService;
import io.lineagehub.metadata.event.EventProducer;
import io.lineagehub.mxe.MetadataChangeProposal;
import io.lineagehub.mxe.Topics;
import lombok.extern.slf4j.Slf4j;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.kafka.annotation.EnableKafka;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Consumes MetadataChangeProposals, writes aspects through the EntityService (Ebean -> MySQL),
 * which in turn emits MetadataChangeLog. Failures go to FailedMetadataChangeProposal.
 */
@Slf4j
@Component
@EnableKafka
@ConditionalOnProperty(name = "mceConsumer.enabled", havingValue = "true")
public class MetadataChangeProposalsProcessor {

  private final EntityService entityService;
  private final EventProducer kafkaProducer;

  public MetadataChangeProposalsProcessor(
      @Qualifier("entityService") EntityService entityService,
      @Qualifier("kafkaEventProducer") EventProducer kafkaProducer) {
    this.entityService = entityService;
    this.kafkaProducer = kafkaProducer;
  }

  @KafkaListener(
      id = "${METADATA_CHANGE_PROPOSAL_KAFKA_CONSUMER_GROUP_ID:generic-mce-consumer-job-client}",
      topics = "${topics.metadataChangeProposal:" + Topics.METADATA_CHANGE_PROPOSAL + "}",
      containerFactory = "kafkaEventConsumer")
  public void consume(final ConsumerRecord<String, GenericRecord> consumerRecord) {
    final GenericRecord record = consumerRecord.value();
    MetadataChangeProposal event = new MetadataChangeProposal();
    try {
      event = EventUtils.avroToPegasusMCP(record);
      entityService.ingestProposal(event, false);
    } catch (Throwable throwable) {
      log.error("MCP Processor Error", throwable);
      kafkaProducer.produceFailedMetadataChangeProposal(event, throwable);
    }
  }
}
