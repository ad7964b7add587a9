package io.hearthmart.monitor;

public final class MonitorTopics {

  /** The one topic every Hearthmart service writes to. */
  public static final String ALL = "hearthmart";

  private MonitorTopics() {
  }
}
