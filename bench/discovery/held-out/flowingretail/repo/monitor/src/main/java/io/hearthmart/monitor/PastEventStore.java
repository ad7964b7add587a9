package io.hearthmart.monitor;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Keeps the last few hundred events in memory, grouped by trace id. */
@Component
public class PastEventStore {

  private static final int MAX = 500;
  private final Map<String, List<JsonNode>> byTrace = Collections.synchronizedMap(
      new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<JsonNode>> eldest) {
          return size() > MAX;
        }
      });

  public void add(JsonNode event) {
    byTrace.computeIfAbsent(event.path("traceid").asText("unknown"), k -> new ArrayList<>()).add(event);
  }

  public Map<String, List<JsonNode>> all() {
    return byTrace;
  }
}
