package io.maestroflow.core.events.queue;

import java.util.List;

import lombok.AllArgsConstructor;
import lombok.Data;
import lombok.NoArgsConstructor;
import rx.Observable;

/** An external queue the server can publish to (EVENT task sink) and observe (event handlers). */
public interface ObservableQueue {

    Observable<Message> observe();

    String getType();

    String getName();

    String getURI();

    List<String> ack(List<Message> messages);

    void publish(List<Message> messages);

    long size();

    default void start() {}

    default void stop() {}

    @Data
    @NoArgsConstructor
    @AllArgsConstructor
    class Message {
        private String id;
        private String payload;
        private String receipt;
    }
}
