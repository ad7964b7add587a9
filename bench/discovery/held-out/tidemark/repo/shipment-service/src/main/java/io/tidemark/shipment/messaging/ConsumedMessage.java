package io.tidemark.shipment.messaging;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "consumed_messages")
public class ConsumedMessage {

    @Id
    public UUID eventId;

    public Instant timeOfReceiving;

    ConsumedMessage() {
    }

    ConsumedMessage(UUID eventId, Instant timeOfReceiving) {
        this.eventId = eventId;
        this.timeOfReceiving = timeOfReceiving;
    }
}
