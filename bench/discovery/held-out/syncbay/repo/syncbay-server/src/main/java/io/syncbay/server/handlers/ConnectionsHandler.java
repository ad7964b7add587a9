package io.syncbay.server.handlers;

import io.syncbay.server.repositories.ConnectionRepository;
import io.syncbay.server.repositories.entities.Connection;
import jakarta.inject.Singleton;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Singleton
public class ConnectionsHandler {
  private final ConnectionRepository repository;
  private final SchedulerHandler scheduler;

  public ConnectionsHandler(final ConnectionRepository repository, final SchedulerHandler scheduler) {
    this.repository = repository;
    this.scheduler = scheduler;
  }

  public Connection create(final String name, final UUID sourceId, final UUID destinationId, final String catalog) {
    final Connection c = new Connection(UUID.randomUUID(), name, sourceId, destinationId, "active", "manual", null,
        catalog, OffsetDateTime.now(), OffsetDateTime.now());
    repository.save(c);
    scheduler.startConnectionManager(c.id());
    return c;
  }

  public List<Connection> listForSources(final List<UUID> sourceIds) {
    return repository.findBySourceIdIn(sourceIds);
  }

  public Connection get(final UUID id) {
    return repository.findById(id).orElseThrow(() -> new IllegalArgumentException("unknown connection " + id));
  }
}
