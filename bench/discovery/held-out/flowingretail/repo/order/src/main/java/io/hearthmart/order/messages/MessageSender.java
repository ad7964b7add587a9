package io.hearthmart.order.messages;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Publishes messages to the shared Hearthmart topic. Serialisation is done here
 * (and not by a Kafka serializer) so the JSON on the wire matches what the monitor shows.
 */
@Component
public class MessageSender {

  private static final Logger LOG = LoggerFactory.getLogger(MessageSender.class);

  @Value("${hearthmart.topic-name:hearthmart}")
  private String topicName;

  private final KafkaTemplate<String, String> kafkaTemplate;
  private final ObjectMapper objectMapper;

  public MessageSender(KafkaTemplate<String, String> kafkaTemplate, ObjectMapper objectMapper) {
    this.kafkaTemplate = kafkaTemplate;
    this.objectMapper = objectMapper;
  }

  public void send(Message<?> m) {
    try {
      String json = objectMapper.writeValueAsString(m);
      LOG.info("Sending {} to topic {}", m.getType(), topicName);
      kafkaTemplate.send(topicName, m.getTraceid(), json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Could not serialise message " + m, e);
    }
  }
}
