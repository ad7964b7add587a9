package io.taskloom.core.models.flows;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.taskloom.core.models.tasks.Task;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import lombok.Builder;
import lombok.Value;
import lombok.With;

import java.util.List;
import java.util.Map;

@Value
@Builder(toBuilder = true)
@With
public class Flow {
    @NotBlank
    @Pattern(regexp = "^[a-zA-Z0-9][a-zA-Z0-9._-]*")
    String id;

    @NotBlank
    @Pattern(regexp = "^[a-z0-9][a-z0-9._-]*")
    String namespace;

    String tenantId;

    Integer revision;

    String description;

    Map<String, Object> labels;

    List<Input> inputs;

    @Valid
    @NotEmpty
    List<Task> tasks;

    @Valid
    List<Task> errors;

    List<Map<String, Object>> triggers;

    @Builder.Default
    boolean disabled = false;

    @Builder.Default
    boolean deleted = false;

    @JsonIgnore
    public String uid() {
        return String.join("_", tenantId == null ? "main" : tenantId, namespace, id, String.valueOf(revision));
    }

    @Value
    @Builder
    public static class Input {
        String id;
        String type;
        Boolean required;
        Object defaults;
    }
}
