package io.gatewise.gateway.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

@JsonIgnoreProperties(ignoreUnknown = true)
public class ApiDefinition {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private String id;
    private String name;
    private String state;
    private List<String> contextPaths = new ArrayList<>();
    private List<Endpoint> endpoints = new ArrayList<>();
    private boolean apiKeyPlan;
    private final AtomicInteger rr = new AtomicInteger();

    public static ApiDefinition fromJson(String json) {
        try {
            return MAPPER.readValue(json, ApiDefinition.class);
        } catch (Exception e) {
            throw new IllegalArgumentException("Invalid API definition", e);
        }
    }

    public Endpoint nextEndpoint() {
        return endpoints.get(Math.abs(rr.getAndIncrement() % endpoints.size()));
    }

    public String getId() { return id; }
    public String getName() { return name; }
    public boolean isStarted() { return "STARTED".equals(state); }
    public List<String> getContextPaths() { return contextPaths; }
    public boolean requiresApiKey() { return apiKeyPlan; }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public static class Endpoint {
        private String name;
        private String target;
        private int weight = 1;

        public String getName() { return name; }
        public String getTarget() { return target; }
        public int getWeight() { return weight; }
    }
}
