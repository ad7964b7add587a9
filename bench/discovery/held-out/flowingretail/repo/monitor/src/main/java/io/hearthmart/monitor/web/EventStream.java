package io.hearthmart.monitor.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.hearthmart.monitor.PastEventStore;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

@RestController
public class EventStream {

  private final List<SseEmitter> emitters = new CopyOnWriteArrayList<>();
  private final PastEventStore store;

  public EventStream(PastEventStore store) {
    this.store = store;
  }

  @GetMapping("/api/events/stream")
  public SseEmitter stream() {
    SseEmitter emitter = new SseEmitter(0L);
    emitters.add(emitter);
    emitter.onCompletion(() -> emitters.remove(emitter));
    emitter.onTimeout(() -> emitters.remove(emitter));
    return emitter;
  }

  @GetMapping("/api/events")
  public Map<String, List<JsonNode>> pastEvents() {
    return store.all();
  }

  public void publish(JsonNode event) {
    for (SseEmitter emitter : emitters) {
      try {
        emitter.send(SseEmitter.event().name("message").data(event));
      } catch (IOException e) {
        emitters.remove(emitter);
      }
    }
  }
}
