package io.launchpad.herald.pubsub;

import com.amazonaws.services.sqs.AmazonSQS;
import com.amazonaws.services.sqs.AmazonSQSClientBuilder;
import com.amazonaws.services.sqs.model.Message;
import com.amazonaws.services.sqs.model.ReceiveMessageRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Long-polls the SQS queue subscribed to the artifacts SNS topic. S3 "object created" events
 * become artifact events that can trigger pipelines.
 */
@Component
@ConditionalOnProperty("pubsub.amazon.enabled")
public class SqsSubscriber {
  private static final Logger log = LoggerFactory.getLogger(SqsSubscriber.class);

  private final AmazonSQS sqs;
  private final String queueUrl;
  private final int waitTimeSeconds;
  private final int visibilityTimeout;
  private final ObjectMapper objectMapper;
  private final Consumer<JsonNode> artifactEventHandler;

  public SqsSubscriber(
      ObjectMapper objectMapper,
      PubsubEventHandler artifactEventHandler,
      @Value("${pubsub.amazon.subscriptions[0].queueARN}") String queueArn,
      @Value("${pubsub.amazon.subscriptions[0].waitTimeSeconds:20}") int waitTimeSeconds,
      @Value("${pubsub.amazon.subscriptions[0].visibilityTimeout:60}") int visibilityTimeout) {
    String[] arn = queueArn.split(":");
    String region = arn[3];
    this.sqs = AmazonSQSClientBuilder.standard().withRegion(region).build();
    this.queueUrl = sqs.getQueueUrl(arn[5]).getQueueUrl();
    this.waitTimeSeconds = waitTimeSeconds;
    this.visibilityTimeout = visibilityTimeout;
    this.objectMapper = objectMapper;
    this.artifactEventHandler = artifactEventHandler;
  }

  @Scheduled(fixedDelay = 1000)
  public void poll() {
    ReceiveMessageRequest request = new ReceiveMessageRequest(queueUrl)
        .withMaxNumberOfMessages(10)
        .withWaitTimeSeconds(waitTimeSeconds)
        .withVisibilityTimeout(visibilityTimeout);
    for (Message message : sqs.receiveMessage(request).getMessages()) {
      try {
        JsonNode envelope = objectMapper.readTree(message.getBody());
        JsonNode s3Event = objectMapper.readTree(envelope.path("Message").asText());
        artifactEventHandler.accept(s3Event);
        sqs.deleteMessage(queueUrl, message.getReceiptHandle());
      } catch (Exception e) {
        log.warn("Failed to process SQS message {}", message.getMessageId(), e);
      }
    }
  }

  /** Implemented by the trigger monitor; matches artifacts against cached pipeline triggers. */
  public interface PubsubEventHandler extends Consumer<JsonNode> {}
}
