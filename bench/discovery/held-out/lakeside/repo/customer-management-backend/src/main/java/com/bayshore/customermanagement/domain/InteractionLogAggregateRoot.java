package com.bayshore.customermanagement.domain;

import jakarta.persistence.*;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** All chat messages exchanged with one customer, and which of them an agent has already read. */
@Entity
@Table(name = "interaction_logs")
public class InteractionLogAggregateRoot {

    @Id
    private String customerId;
    private String username;
    private String lastAcknowledgedInteractionId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "interactions", joinColumns = @JoinColumn(name = "customer_id"))
    @OrderBy("date ASC")
    private List<Interaction> interactions = new ArrayList<>();

    protected InteractionLogAggregateRoot() {}

    public InteractionLogAggregateRoot(String customerId, String username) {
        this.customerId = customerId;
        this.username = username;
    }

    public Interaction append(String id, String content, boolean sentByOperator) {
        Interaction i = new Interaction(id, Instant.now(), content, sentByOperator);
        interactions.add(i);
        return i;
    }

    public long countUnacknowledged() {
        if (lastAcknowledgedInteractionId == null) {
            return interactions.stream().filter(i -> !i.sentByOperator()).count();
        }
        boolean seen = false;
        long count = 0;
        for (Interaction i : interactions) {
            if (seen && !i.sentByOperator()) count++;
            if (i.id().equals(lastAcknowledgedInteractionId)) seen = true;
        }
        return count;
    }

    public void acknowledge(String interactionId) { this.lastAcknowledgedInteractionId = interactionId; }
    public String getCustomerId() { return customerId; }
    public String getUsername() { return username; }
    public List<Interaction> getInteractions() { return interactions; }

    @Embeddable
    public record Interaction(String id, Instant date, @Column(length = 4000) String content, boolean sentByOperator) {}
}
