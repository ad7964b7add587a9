package io.driftwood.counter.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * A row in {@code outbox_events}. Debezium picks it up from the WAL and routes it to
 * {@code driftwood.events.<aggregatetype>}; the row itself is deleted right after insert.
 */
@Entity
@Table(name = "outbox_events")
public class OutboxEvent extends PanacheEntityBase {

    @Id
    public UUID id = UUID.randomUUID();

    @Column(name = "aggregatetype")
    public String aggregateType;

    @Column(name = "aggregateid")
    public String aggregateId;

    public String type;

    @Column(name = "\"timestamp\"")
    public Instant timestamp = Instant.now();

    public String payload;

    public static void publish(String aggregateType, String aggregateId, String type, String payload) {
        OutboxEvent e = new OutboxEvent();
        e.aggregateType = aggregateType;
        e.aggregateId = aggregateId;
        e.type = type;
        e.payload = payload;
        e.persist();
        // Debezium reads the INSERT from the WAL; no need to keep the row around
        e.delete();
    }
}
