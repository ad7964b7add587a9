package io.lineagehub.metadata.kafka;

import io.lineagehub.metadata.kafka.elasticsearch.ElasticsearchConnector;
import io.lineagehub.metadata.kafka.elasticsearch.JsonElasticEvent;
import io.lineagehub.metadata.kafka.transformer.UsageEventTransformer;
import lombok.extern.slf4j.Slf4j;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.kafka.annotation.EnableKafka;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Moves UI tracking events (emitted by the frontend) into the usage-event data stream. */
@Slf4j
@Component
@EnableKafka
@ConditionalOnProperty(name = "analytics.enabled", havingValue = "true")
public class UsageEventsProcessor {

  private final ElasticsearchConnector elasticSearchConnector;
  private final UsageEventTransformer usageEventTransformer;

  public UsageEventsProcessor(ElasticsearchConnector elasticSearchConnector,
      UsageEventTransformer usageEventTransformer) {
    this.elasticSearchConnector = elasticSearchConnector;
    this.usageEventTransformer = usageEventTransformer;
  }

  @KafkaListener(id = "${LINEAGEHUB_USAGE_EVENT_KAFKA_CONSUMER_GROUP_ID:lineagehub-usage-event-consumer-job-client}",
      topics = "${topics.usageEvent}", containerFactory = "simpleKafkaConsumer")
  public void consume(final ConsumerRecord<String, String> consumerRecord) {
    usageEventTransformer.transformLineageHubUsageEvent(consumerRecord.value())
        .ifPresent(event -> elasticSearchConnector.feedElasticEvent(
            JsonElasticEvent.builder().index("lineagehub_usage_event").document(event.getDocument()).build()));
  }
}
