package io.maestroflow.contribs.queue.amqp;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;

import io.maestroflow.core.events.queue.ObservableQueue.Message;
import io.maestroflow.core.events.queue.ObservableQueue;
import rx.Observable;

public class AMQPObservableQueue implements ObservableQueue {

    private final String name;
    private final boolean useExchange;
    private final Channel channel;

    public AMQPObservableQueue(ConnectionFactory factory, String name, boolean useExchange) {
        this.name = name;
        this.useExchange = useExchange;
        try {
            Connection connection = factory.newConnection("maestroflow-amqp");
            this.channel = connection.createChannel();
        } catch (Exception e) {
            throw new IllegalStateException("Unable to connect to AMQP broker", e);
        }
    }

    @Override
    public Observable<Message> observe() {
        return Observable.interval(100, TimeUnit.MILLISECONDS).flatMap(t -> {
            try {
                GetResponse r = channel.basicGet(name, false);
                if (r == null) {
                    return Observable.empty();
                }
                return Observable.just(new Message(String.valueOf(r.getEnvelope().getDeliveryTag()),
                        new String(r.getBody(), StandardCharsets.UTF_8), null));
            } catch (Exception e) {
                return Observable.error(e);
            }
        });
    }

    @Override
    public List<String> ack(List<Message> messages) {
        messages.forEach(m -> {
            try {
                channel.basicAck(Long.parseLong(m.getId()), false);
            } catch (Exception ignored) {
            }
        });
        return messages.stream().map(Message::getId).toList();
    }

    @Override
    public void publish(List<Message> messages) {
        messages.forEach(m -> {
            try {
                channel.basicPublish(useExchange ? name : "", useExchange ? "" : name, null,
                        m.getPayload().getBytes(StandardCharsets.UTF_8));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Override
    public long size() { return 0; }

    @Override
    public String getType() { return useExchange ? "amqp_exchange" : "amqp_queue"; }

    @Override
    public String getName() { return name; }

    @Override
    public String getURI() { return name; }
}
