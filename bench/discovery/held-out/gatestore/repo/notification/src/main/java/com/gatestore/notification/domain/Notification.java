package com.gatestore.notification.domain;

import com.gatestore.notification.domain.enumeration.NotificationType;
import jakarta.validation.constraints.*;
import java.io.Serializable;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Field;

/**
 * A Notification (MongoDB collection "notification").
 */
@Document(collection = "notification")
public class Notification implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    private String id;

    @NotNull
    @Field("date")
    private Instant date;

    @Field("details")
    private String details;

    @Field("sent_date")
    private Instant sentDate;

    @Field("format")
    private NotificationType format;

    @Field("recipient")
    private String recipient;

    @Field("reference")
    private String reference;

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public Instant getDate() { return date; }
    public void setDate(Instant date) { this.date = date; }
    public String getDetails() { return details; }
    public void setDetails(String details) { this.details = details; }
    public Instant getSentDate() { return sentDate; }
    public void setSentDate(Instant sentDate) { this.sentDate = sentDate; }
    public NotificationType getFormat() { return format; }
    public void setFormat(NotificationType format) { this.format = format; }
    public String getRecipient() { return recipient; }
    public void setRecipient(String recipient) { this.recipient = recipient; }
    public String getReference() { return reference; }
    public void setReference(String reference) { this.reference = reference; }
}
