package io.syncbay.commons.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

public final class Jsons {
  private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();

  private Jsons() {}

  public static String serialize(final Object o) {
    try {
      return MAPPER.writeValueAsString(o);
    } catch (final IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static <T> T deserialize(final String s, final Class<T> klass) {
    try {
      return MAPPER.readValue(s, klass);
    } catch (final IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static JsonNode tree(final String s) {
    return deserialize(s, JsonNode.class);
  }
}
