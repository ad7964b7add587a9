package io.syncbay.workload.api;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.OffsetDateTime;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface WorkloadRepository extends CrudRepository<WorkloadRepository.Workload, String> {

  @MappedEntity("workload")
  record Workload(@Id String id, String dataplaneId, String status, String type, String inputPayload,
                  OffsetDateTime lastHeartbeatAt, OffsetDateTime createdAt) {}

  @Query("UPDATE workload SET status = :status, updated_at = now() WHERE id = :id")
  void updateStatus(String id, String status);

  @Query("UPDATE workload SET last_heartbeat_at = now() WHERE id = :id")
  void heartbeat(String id);
}
