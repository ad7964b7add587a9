package io.gatewise.rest.api.model;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.util.Date;
import java.util.Map;

/** Deployment events consumed by the gateway sync process. */
@Document(collection = "events")
public class Event {

    @Id
    private String id;
    private String type;
    private String payload;
    private Map<String, String> properties;
    private Date createdAt;
    private Date updatedAt;

    public static Event publishApi(String apiId, String payload) {
        Event e = new Event();
        e.id = java.util.UUID.randomUUID().toString();
        e.type = "PUBLISH_API";
        e.payload = payload;
        e.properties = Map.of("api_id", apiId);
        e.createdAt = e.updatedAt = new Date();
        return e;
    }

    public String getId() { return id; }
    public String getType() { return type; }
    public String getPayload() { return payload; }
}
