package io.hearthmart.monitor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hearthmart.monitor.web.EventStream;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Listens to every message on the shared topic (its own consumer group, so it sees
 * everything) and pushes it to the browser.
 */
@Component
public class MonitorListener {

  private final EventStream eventStream;
  private final PastEventStore store;
  private final ObjectMapper objectMapper;

  public MonitorListener(EventStream eventStream, PastEventStore store, ObjectMapper objectMapper) {
    this.eventStream = eventStream;
    this.store = store;
    this.objectMapper = objectMapper;
  }

  @KafkaListener(id = "monitor", topics = MonitorTopics.ALL, groupId = "monitor-${random.uuid}")
  public void messageReceived(String messageJson) throws Exception {
    JsonNode message = objectMapper.readTree(messageJson);
    store.add(message);
    eventStream.publish(message);
  }
}
