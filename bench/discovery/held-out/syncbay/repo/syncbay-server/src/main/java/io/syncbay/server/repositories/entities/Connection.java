package io.syncbay.server.repositories.entities;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.OffsetDateTime;
import java.util.UUID;

@MappedEntity("connection")
public record Connection(
    @Id UUID id,
    String name,
    UUID sourceId,
    UUID destinationId,
    String status,
    String scheduleType,
    String scheduleData,
    String catalog,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt) {}
