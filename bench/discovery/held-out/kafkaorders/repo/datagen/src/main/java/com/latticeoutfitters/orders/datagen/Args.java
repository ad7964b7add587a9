package com.latticeoutfitters.orders.datagen;

import java.util.HashMap;
import java.util.Map;

/** Minimal --flag value parser; no dependency on a CLI library for two tiny tools. */
final class Args {
  private final Map<String, String> values = new HashMap<>();

  Args(String[] argv) {
    for (int i = 0; i < argv.length; i++) {
      if (argv[i].startsWith("--")) {
        String key = argv[i].substring(2);
        String value = (i + 1 < argv.length && !argv[i + 1].startsWith("--")) ? argv[++i] : "true";
        values.put(key, value);
      }
    }
  }

  String get(String name, String fallback) {
    return values.getOrDefault(name, fallback);
  }

  int getInt(String name, int fallback) {
    return Integer.parseInt(get(name, Integer.toString(fallback)));
  }
}
