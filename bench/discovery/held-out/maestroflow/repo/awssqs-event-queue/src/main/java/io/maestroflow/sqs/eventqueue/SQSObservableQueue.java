package io.maestroflow.sqs.eventqueue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import com.amazonaws.services.sqs.AmazonSQS;
import com.amazonaws.services.sqs.model.DeleteMessageBatchRequest;
import com.amazonaws.services.sqs.model.DeleteMessageBatchRequestEntry;
import com.amazonaws.services.sqs.model.ReceiveMessageRequest;
import com.amazonaws.services.sqs.model.SendMessageBatchRequest;
import com.amazonaws.services.sqs.model.SendMessageBatchRequestEntry;

import io.maestroflow.core.events.queue.ObservableQueue.Message;
import io.maestroflow.core.events.queue.ObservableQueue;
import rx.Observable;

public class SQSObservableQueue implements ObservableQueue {

    private static final String QUEUE_TYPE = "sqs";

    private final String queueName;
    private final int visibilityTimeoutInSeconds;
    private final int batchSize;
    private final AmazonSQS client;
    private final int pollTimeInMS;
    private final String queueURL;

    private SQSObservableQueue(String queueName, AmazonSQS client, int visibilityTimeoutInSeconds,
                               int batchSize, int pollTimeInMS) {
        this.queueName = queueName;
        this.client = client;
        this.visibilityTimeoutInSeconds = visibilityTimeoutInSeconds;
        this.batchSize = batchSize;
        this.pollTimeInMS = pollTimeInMS;
        this.queueURL = client.getQueueUrl(queueName).getQueueUrl();
    }

    @Override
    public Observable<Message> observe() {
        return Observable.interval(pollTimeInMS, TimeUnit.MILLISECONDS)
                .flatMap(tick -> Observable.from(receiveMessages()));
    }

    List<Message> receiveMessages() {
        ReceiveMessageRequest request = new ReceiveMessageRequest()
                .withQueueUrl(queueURL)
                .withVisibilityTimeout(visibilityTimeoutInSeconds)
                .withMaxNumberOfMessages(batchSize);
        return client.receiveMessage(request).getMessages().stream()
                .map(m -> new Message(m.getMessageId(), m.getBody(), m.getReceiptHandle()))
                .collect(Collectors.toList());
    }

    @Override
    public List<String> ack(List<Message> messages) {
        List<DeleteMessageBatchRequestEntry> entries = messages.stream()
                .map(m -> new DeleteMessageBatchRequestEntry(m.getId(), m.getReceipt()))
                .collect(Collectors.toList());
        client.deleteMessageBatch(new DeleteMessageBatchRequest(queueURL, entries));
        return messages.stream().map(Message::getId).collect(Collectors.toList());
    }

    @Override
    public void publish(List<Message> messages) {
        List<SendMessageBatchRequestEntry> entries = messages.stream()
                .map(m -> new SendMessageBatchRequestEntry(m.getId(), m.getPayload()))
                .collect(Collectors.toList());
        client.sendMessageBatch(new SendMessageBatchRequest(queueURL, entries));
    }

    @Override
    public long size() {
        return Long.parseLong(client.getQueueAttributes(queueURL, List.of("ApproximateNumberOfMessages"))
                .getAttributes().getOrDefault("ApproximateNumberOfMessages", "0"));
    }

    @Override
    public String getType() { return QUEUE_TYPE; }

    @Override
    public String getName() { return queueName; }

    @Override
    public String getURI() { return queueURL; }

    public static class Builder {
        private String queueName;
        private int visibilityTimeout = 30;
        private int batchSize = 5;
        private int pollTimeInMS = 100;
        private AmazonSQS client;

        public Builder withQueueName(String queueName) { this.queueName = queueName; return this; }
        public Builder withVisibilityTimeout(int v) { this.visibilityTimeout = v; return this; }
        public Builder withBatchSize(int b) { this.batchSize = b; return this; }
        public Builder withPollTimeInMS(int p) { this.pollTimeInMS = p; return this; }
        public Builder withClient(AmazonSQS client) { this.client = client; return this; }

        public SQSObservableQueue build() {
            return new SQSObservableQueue(queueName, client, visibilityTimeout, batchSize, pollTimeInMS);
        }
    }
}
