package io.syncbay.server.apis;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.syncbay.server.handlers.ConnectionsHandler;
import io.syncbay.server.handlers.LogsHandler;
import io.syncbay.server.handlers.SchedulerHandler;
import io.syncbay.server.repositories.entities.Connection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Controller("/api/v1")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class ConnectionApiController {
  private final ConnectionsHandler connections;
  private final SchedulerHandler scheduler;
  private final LogsHandler logs;

  public ConnectionApiController(final ConnectionsHandler connections, final SchedulerHandler scheduler,
                                 final LogsHandler logs) {
    this.connections = connections;
    this.scheduler = scheduler;
    this.logs = logs;
  }

  @Post("/connections/get")
  public Connection getConnection(@Body final Map<String, UUID> body) {
    return connections.get(body.get("connectionId"));
  }

  @Post("/connections/list")
  public Map<String, List<Connection>> list(@Body final Map<String, List<UUID>> body) {
    return Map.of("connections", connections.listForSources(body.getOrDefault("sourceIds", List.of())));
  }

  @Post("/connections/sync")
  public Map<String, String> sync(@Body final Map<String, UUID> body) {
    scheduler.syncConnection(body.get("connectionId"));
    return Map.of("status", "running");
  }

  @Post("/attempt/get_logs")
  public Map<String, List<String>> attemptLogs(@Body final Map<String, Number> body) {
    return Map.of("logLines", logs.getJobLogs(body.get("jobId").longValue(), body.get("attemptNumber").intValue()));
  }

  @Secured(SecurityRule.IS_ANONYMOUS)
  @Post("/health")
  public Map<String, Boolean> health() {
    return Map.of("available", true);
  }
}
