package io.syncbay.commons.temporal;

public final class TemporalConstants {
  public static final String CONNECTION_MANAGER_QUEUE = "CONNECTION_UPDATER";
  public static final String SYNC_QUEUE = "SYNC";
  public static final String CHECK_QUEUE = "CHECK_CONNECTION";
  public static final String DISCOVER_QUEUE = "DISCOVER_SCHEMA";
  public static final String LAUNCHER_QUEUE = "launcher-queue";
  public static final String CONNECTION_MANAGER_WORKFLOW_PREFIX = "connection_manager_";

  private TemporalConstants() {}
}
