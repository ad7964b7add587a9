package io.hearthmart.payment.messages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hearthmart.payment.application.PaymentService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.Map;

@Component
public class MessageListener {

  private static final Logger LOG = LoggerFactory.getLogger(MessageListener.class);

  private final PaymentService paymentService;
  private final MessageSender messageSender;
  private final ObjectMapper objectMapper;

  public MessageListener(PaymentService paymentService, MessageSender messageSender, ObjectMapper objectMapper) {
    this.paymentService = paymentService;
    this.messageSender = messageSender;
    this.objectMapper = objectMapper;
  }

  @KafkaListener(id = "payment", topics = "${hearthmart.topic-name:hearthmart}")
  public void messageReceived(String messageJson) throws Exception {
    JsonNode message = objectMapper.readTree(messageJson);
    if (!"RetrievePaymentCommand".equals(message.get("type").asText())) {
      return;
    }
    JsonNode data = message.get("data");
    String refId = data.get("refId").asText();
    LOG.info("Retrieving payment for {}", refId);

    String paymentId = paymentService.retrievePayment(refId, data.get("amount").asLong());

    messageSender.send(new Message<>("PaymentReceivedEvent", message.get("traceid").asText(),
        Map.of("refId", refId, "paymentId", paymentId))
        .setCorrelationid(message.path("correlationid").asText(null)));
  }
}
