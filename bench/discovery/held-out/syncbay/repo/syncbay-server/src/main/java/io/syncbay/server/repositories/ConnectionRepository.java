package io.syncbay.server.repositories;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.PageableRepository;
import io.syncbay.server.repositories.entities.Connection;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES, dataSource = "config")
public interface ConnectionRepository extends PageableRepository<Connection, UUID> {
  List<Connection> findBySourceIdIn(List<UUID> sourceIds);
  List<Connection> findByStatus(String status);
}
