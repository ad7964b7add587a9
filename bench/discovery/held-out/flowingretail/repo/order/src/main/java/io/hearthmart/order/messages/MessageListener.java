package io.hearthmart.order.messages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.zeebe.client.ZeebeClient;
import io.hearthmart.order.domain.Order;
import io.hearthmart.order.domain.OrderItem;
import io.hearthmart.order.persistence.OrderRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Map;

/**
 * Translates events on the Hearthmart topic into Zeebe commands: an OrderPlacedEvent starts a
 * new process instance, the other events are correlated to a waiting instance as BPMN messages.
 */
@Component
public class MessageListener {

  private static final Logger LOG = LoggerFactory.getLogger(MessageListener.class);

  private final OrderRepository repository;
  private final ZeebeClient zeebe;
  private final ObjectMapper objectMapper;

  public MessageListener(OrderRepository repository, ZeebeClient zeebe, ObjectMapper objectMapper) {
    this.repository = repository;
    this.zeebe = zeebe;
    this.objectMapper = objectMapper;
  }

  @KafkaListener(id = "order", topics = "${hearthmart.topic-name:hearthmart}")
  @Transactional
  public void messageReceived(String messageJson) throws Exception {
    JsonNode message = objectMapper.readTree(messageJson);
    String messageType = message.get("type").asText();
    String traceId = message.get("traceid").asText();

    switch (messageType) {
      case "OrderPlacedEvent" -> orderPlaced(message.get("data"), traceId);
      case "PaymentReceivedEvent", "GoodsFetchedEvent", "GoodsShippedEvent" ->
          correlate(messageType, message.get("data").get("refId").asText(), message.get("data"));
      default -> LOG.debug("Ignoring {}", messageType);
    }
  }

  private void orderPlaced(JsonNode data, String traceId) {
    Order order = new Order();
    order.setOrderId(data.get("orderId").asText());
    order.setCustomerName(data.path("customer").path("name").asText());
    order.setCustomerAddress(data.path("customer").path("address").asText());
    for (JsonNode item : data.get("items")) {
      OrderItem orderItem = new OrderItem();
      orderItem.setArticleId(item.get("articleId").asText());
      orderItem.setAmount(item.get("amount").asInt());
      order.getItems().add(orderItem);
    }
    repository.save(order);

    zeebe.newCreateInstanceCommand()
        .bpmnProcessId("order-fulfilment")
        .latestVersion()
        .variables(Map.of("orderId", order.getOrderId(), "traceId", traceId))
        .send()
        .join();
    LOG.info("Started order fulfilment for {}", order.getOrderId());
  }

  private void correlate(String messageName, String orderId, JsonNode data) {
    zeebe.newPublishMessageCommand()
        .messageName(messageName)
        .correlationKey(orderId)
        .variables(objectMapper.convertValue(data, Map.class))
        .send()
        .join();
    LOG.info("Correlated {} for order {}", messageName, orderId);
  }
}
