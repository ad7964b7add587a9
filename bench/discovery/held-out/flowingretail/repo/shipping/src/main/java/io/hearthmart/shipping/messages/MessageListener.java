package io.hearthmart.shipping.messages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hearthmart.shipping.application.ShippingService;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.Map;

@Component
public class MessageListener {

  private final ShippingService shippingService;
  private final MessageSender messageSender;
  private final ObjectMapper objectMapper;

  public MessageListener(ShippingService shippingService, MessageSender messageSender, ObjectMapper objectMapper) {
    this.shippingService = shippingService;
    this.messageSender = messageSender;
    this.objectMapper = objectMapper;
  }

  @KafkaListener(id = "shipping", topics = "${hearthmart.topic-name:hearthmart}")
  public void messageReceived(String messageJson) throws Exception {
    JsonNode message = objectMapper.readTree(messageJson);
    if (!"ShipGoodsCommand".equals(message.get("type").asText())) {
      return;
    }
    JsonNode data = message.get("data");
    String shipmentId = shippingService.createShipment(
        data.get("pickId").asText(),
        data.get("recipientName").asText(),
        data.get("recipientAddress").asText(),
        data.path("logisticsProvider").asText("HearthFreight"));

    messageSender.send(new Message<>("GoodsShippedEvent", message.get("traceid").asText(),
        Map.of("refId", data.get("refId").asText(), "shipmentId", shipmentId))
        .setCorrelationid(message.path("correlationid").asText(null)));
  }
}
