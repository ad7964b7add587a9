package io.hearthmart.inventory.messages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hearthmart.inventory.application.InventoryService;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;

@Component
public class MessageListener {

  private final InventoryService inventoryService;
  private final MessageSender messageSender;
  private final ObjectMapper objectMapper;

  public MessageListener(InventoryService inventoryService, MessageSender messageSender, ObjectMapper objectMapper) {
    this.inventoryService = inventoryService;
    this.messageSender = messageSender;
    this.objectMapper = objectMapper;
  }

  @KafkaListener(id = "inventory", topics = "${hearthmart.topic-name:hearthmart}")
  public void messageReceived(String messageJson) throws Exception {
    JsonNode message = objectMapper.readTree(messageJson);
    String type = message.get("type").asText();

    if ("FetchGoodsCommand".equals(type)) {
      JsonNode data = message.get("data");
      Map<String, Integer> items = new HashMap<>();
      data.get("items").forEach(i -> items.put(i.get("articleId").asText(), i.get("amount").asInt()));
      String refId = data.get("refId").asText();

      String pickId = inventoryService.pickItems(items, data.path("reason").asText(), refId);

      messageSender.send(new Message<>("GoodsFetchedEvent", message.get("traceid").asText(),
          Map.of("refId", refId, "pickId", pickId))
          .setCorrelationid(message.path("correlationid").asText(null)));
    }
    // "PaymentReceivedEvent" used to trigger a stock reservation here; the order
    // workflow now sends FetchGoodsCommand explicitly, so we ignore all other types.
  }
}
