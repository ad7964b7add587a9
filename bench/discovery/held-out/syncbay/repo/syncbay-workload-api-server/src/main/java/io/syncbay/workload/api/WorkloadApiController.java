package io.syncbay.workload.api;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Post;
import java.time.OffsetDateTime;
import java.util.Map;

@Controller("/api/v1/workload")
public class WorkloadApiController {
  private final WorkloadRepository repository;
  private final WorkloadQueueService queue;

  public WorkloadApiController(final WorkloadRepository repository, final WorkloadQueueService queue) {
    this.repository = repository;
    this.queue = queue;
  }

  @Post("/create")
  public void create(@Body final Map<String, String> req) {
    repository.save(new WorkloadRepository.Workload(req.get("workloadId"), req.getOrDefault("dataplaneId", "local"),
        "pending", req.get("type"), req.get("workloadInput"), null, OffsetDateTime.now()));
    queue.create(req.get("workloadId"), "default");
  }

  @Get("/{workloadId}")
  public WorkloadRepository.Workload get(@PathVariable final String workloadId) {
    return repository.findById(workloadId).orElseThrow();
  }

  @Put("/claim")
  public Map<String, Boolean> claim(@Body final Map<String, String> req) {
    repository.updateStatus(req.get("workloadId"), "claimed");
    return Map.of("claimed", true);
  }

  @Put("/status")
  public void status(@Body final Map<String, String> req) {
    repository.updateStatus(req.get("workloadId"), req.get("status"));
  }

  @Put("/heartbeat")
  public void heartbeat(@Body final Map<String, String> req) {
    repository.heartbeat(req.get("workloadId"));
  }
}
