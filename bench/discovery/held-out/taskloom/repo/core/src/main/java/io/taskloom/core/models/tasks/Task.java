package io.taskloom.core.models.tasks;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.experimental.SuperBuilder;

import java.time.Duration;

@SuperBuilder(toBuilder = true)
@Getter
@NoArgsConstructor
@JsonInclude(JsonInclude.Include.NON_DEFAULT)
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type", visible = true)
public abstract class Task {
    @NotNull
    @NotBlank
    protected String id;

    @NotNull
    protected String type;

    private String description;

    protected Duration timeout;

    @lombok.Builder.Default
    protected Boolean disabled = false;

    @lombok.Builder.Default
    protected boolean allowFailure = false;

    protected String workerGroup;
}
