package io.maestroflow.tasks.http;

import java.time.Duration;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.client.RestTemplateBuilder;

import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.maestroflow.core.execution.tasks.WorkflowSystemTask;
import io.maestroflow.core.model.TaskModel;
import io.maestroflow.core.model.WorkflowModel;

/**
 * HTTP system task. Executed by the server's system-task workers: the URI, method, headers and
 * body all come from the workflow definition's {@code http_request} input parameter.
 */
@Component("HTTP")
public class HttpTask extends WorkflowSystemTask {

    static final String REQUEST_PARAMETER_NAME = "http_request";

    private final RestTemplate restTemplate;
    private final ObjectMapper objectMapper;

    public HttpTask(RestTemplateBuilder builder, ObjectMapper objectMapper,
                    @Value("${maestroflow.tasks.http.readTimeout:150ms}") Duration readTimeout,
                    @Value("${maestroflow.tasks.http.connectTimeout:100ms}") Duration connectTimeout) {
        super("HTTP");
        this.restTemplate = builder.setReadTimeout(readTimeout).setConnectTimeout(connectTimeout).build();
        this.objectMapper = objectMapper;
    }

    @Override
    public void start(WorkflowModel workflow, TaskModel task) {
        Object request = task.getInputData().get(REQUEST_PARAMETER_NAME);
        if (request == null) {
            task.setReasonForIncompletion("Missing HTTP request. Task input MUST have a '" + REQUEST_PARAMETER_NAME + "' key");
            task.setStatus(TaskModel.Status.FAILED);
            return;
        }
        Input input = objectMapper.convertValue(request, Input.class);
        try {
            HttpHeaders headers = new HttpHeaders();
            input.getHeaders().forEach((k, v) -> headers.add(k, String.valueOf(v)));
            ResponseEntity<String> response = restTemplate.exchange(input.getUri(),
                    HttpMethod.valueOf(input.getMethod()), new HttpEntity<>(input.getBody(), headers), String.class);
            task.getOutputData().put("response", Map.of(
                    "statusCode", response.getStatusCode().value(),
                    "body", response.getBody() == null ? "" : response.getBody()));
            task.setStatus(response.getStatusCode().is2xxSuccessful()
                    ? TaskModel.Status.COMPLETED : TaskModel.Status.FAILED);
        } catch (Exception e) {
            task.setStatus(TaskModel.Status.FAILED);
            task.setReasonForIncompletion("Failed to invoke HTTP task: " + e.getMessage());
        }
    }

    @Override
    public boolean isAsync() {
        return true;
    }

    @lombok.Data
    public static class Input {
        private String method = "GET";
        private String uri;
        private Map<String, Object> headers = new java.util.HashMap<>();
        private Object body;
        private int connectionTimeOut = 3000;
        private int readTimeOut = 10000;
    }
}
