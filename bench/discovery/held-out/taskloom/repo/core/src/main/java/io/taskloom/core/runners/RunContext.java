package io.taskloom.core.runners;

import io.taskloom.core.secret.SecretService;
import io.taskloom.core.storages.StorageInterface;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import lombok.Getter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Execution context handed to a {@link io.taskloom.core.models.tasks.RunnableTask}: variable rendering,
 * secrets, logger and access to the internal storage of the execution.
 */
public class RunContext {
    private static final PebbleEngine PEBBLE = new PebbleEngine.Builder().newLineTrimming(false).autoEscaping(false).build();

    @Getter
    private final Map<String, Object> variables;
    private final transient StorageInterface storageInterface;
    private final transient SecretService secretService;
    private final transient Path tempDir;
    private final String tenantId;

    RunContext(Map<String, Object> variables, StorageInterface storageInterface, SecretService secretService, Path tempDir, String tenantId) {
        this.variables = new HashMap<>(variables);
        this.storageInterface = storageInterface;
        this.secretService = secretService;
        this.tempDir = tempDir;
        this.tenantId = tenantId;
    }

    public String render(String template) throws IOException {
        return render(template, variables);
    }

    public String render(String template, Map<String, Object> vars) throws IOException {
        if (template == null) {
            return null;
        }
        Map<String, Object> context = new HashMap<>(vars);
        context.put("__secretService", secretService);
        PebbleTemplate compiled = PEBBLE.getLiteralTemplate(template);
        StringWriter writer = new StringWriter();
        compiled.evaluate(writer, context);
        return writer.toString();
    }

    public String secret(String key) {
        return secretService.findSecret(tenantId, (String) variables.get("namespace"), key);
    }

    public Logger logger() {
        return LoggerFactory.getLogger("flow." + variables.getOrDefault("flowId", "unknown"));
    }

    public Path tempFile(String extension) throws IOException {
        Files.createDirectories(tempDir);
        return Files.createTempFile(tempDir, null, extension);
    }

    public InputStream getStorageFile(URI uri) throws IOException {
        return storageInterface.get(tenantId, uri);
    }

    public URI putTempFile(Path file, String name) throws IOException {
        URI uri = storageInterface.from(executionPath(), name);
        try (InputStream is = Files.newInputStream(file)) {
            return storageInterface.put(tenantId, uri, is);
        }
    }

    @SuppressWarnings("unchecked")
    private String executionPath() {
        Map<String, Object> execution = (Map<String, Object>) variables.get("execution");
        return String.join("/",
            String.valueOf(variables.get("namespace")).replace(".", "/"),
            String.valueOf(variables.get("flowId")),
            "executions",
            String.valueOf(execution.get("id"))
        );
    }
}
