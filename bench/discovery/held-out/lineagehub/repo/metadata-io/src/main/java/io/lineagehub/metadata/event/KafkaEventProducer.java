package io.lineagehub.metadata.event;

import io.lineagehub.common.urn.Urn;
import io.lineagehub.metadata.EventUtils;
import io.lineagehub.mxe.MetadataChangeLog;
import io.lineagehub.mxe.MetadataChangeProposal;
import io.lineagehub.mxe.PlatformEvent;
import java.util.concurrent.Future;
import javax.annotation.Nonnull;
import lombok.extern.slf4j.Slf4j;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.generic.IndexedRecord;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Produces MCL, MCP, failed MCP and platform events to Kafka using the configured Avro serde. */
@Slf4j
public class KafkaEventProducer implements EventProducer {

  private final Producer<String, ? super IndexedRecord> _producer;
  private final TopicConvention _topicConvention;

  public KafkaEventProducer(@Nonnull Producer<String, ? super IndexedRecord> producer,
      @Nonnull TopicConvention topicConvention) {
    _producer = producer;
    _topicConvention = topicConvention;
  }

  @Override
  public Future<?> produceMetadataChangeLog(@Nonnull Urn urn, @Nonnull MetadataChangeLog mcl) {
    GenericRecord record = EventUtils.pegasusToAvroMCL(mcl);
    String topic = mcl.getAspectName() != null && mcl.isTimeseries()
        ? _topicConvention.getMetadataChangeLogTimeseriesTopicName()
        : _topicConvention.getMetadataChangeLogVersionedTopicName();
    return _producer.send(new ProducerRecord<>(topic, urn.toString(), record), logCallback(topic));
  }

  @Override
  public Future<?> produceMetadataChangeProposal(@Nonnull Urn urn, @Nonnull MetadataChangeProposal mcp) {
    String topic = _topicConvention.getMetadataChangeProposalTopicName();
    return _producer.send(new ProducerRecord<>(topic, urn.toString(), EventUtils.pegasusToAvroMcp(mcp)),
        logCallback(topic));
  }

  @Override
  public Future<?> produceFailedMetadataChangeProposal(@Nonnull MetadataChangeProposal mcp, Throwable t) {
    String topic = _topicConvention.getFailedMetadataChangeProposalTopicName();
    return _producer.send(new ProducerRecord<>(topic, mcp.getEntityUrn().toString(),
        EventUtils.pegasusToAvroFailedMCP(mcp, t)), logCallback(topic));
  }

  @Override
  public void producePlatformEvent(@Nonnull String name, String key, @Nonnull PlatformEvent event) {
    String topic = _topicConvention.getPlatformEventTopicName();
    _producer.send(new ProducerRecord<>(topic, key, EventUtils.pegasusToAvroPE(event)), logCallback(topic));
  }

  @Override
  public void flush() {
    _producer.flush();
  }

  private static Callback logCallback(String topic) {
    return (metadata, e) -> {
      if (e != null) {
        log.error("Failed to emit event to topic {}", topic, e);
      } else {
        log.debug("Emitted to topic {} partition {} offset {}", topic, metadata.partition(), metadata.offset());
      }
    };
  }
}
