package io.taskloom.plugin.core.http;

import io.taskloom.core.http.client.HttpClient;
import io.taskloom.core.http.client.HttpClient.HttpConfiguration;
import io.taskloom.core.models.tasks.RunnableTask;
import io.taskloom.core.models.tasks.Task;
import io.taskloom.core.plugins.Plugin;
import io.taskloom.core.runners.RunContext;
import jakarta.validation.constraints.NotNull;
import lombok.Builder;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.experimental.SuperBuilder;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

@SuperBuilder
@Getter
@NoArgsConstructor
@Plugin.Example(
    title = "Send a GET request and log the response body.",
    full = true,
    code = """
        id: http_request
        namespace: company.team

        tasks:
          - id: send_data
            type: io.taskloom.plugin.core.http.Request
            uri: https://dummyjson.com/products
            method: GET
        """
)
public class Request extends Task implements RunnableTask<Request.Output> {
    @NotNull
    private String uri;

    @Builder.Default
    private String method = "GET";

    private String body;

    @Builder.Default
    private String contentType = "application/json";

    private Map<String, String> headers;

    private HttpConfiguration options;

    @Builder.Default
    private boolean allowFailed = false;

    @Override
    public Request.Output run(RunContext runContext) throws Exception {
        URI renderedUri = URI.create(runContext.render(this.uri));
        Map<String, String> renderedHeaders = new HashMap<>();
        if (this.headers != null) {
            for (Map.Entry<String, String> e : this.headers.entrySet()) {
                renderedHeaders.put(e.getKey(), runContext.render(e.getValue()));
            }
        }

        try (HttpClient client = HttpClient.builder().runContext(runContext).configuration(options).build()) {
            HttpClient.HttpResponse response = client.request(method, renderedUri, renderedHeaders, runContext.render(body), contentType);

            if (response.status() >= 400 && !allowFailed) {
                throw new IllegalStateException("Failed http request with response code '" + response.status() + "'");
            }

            return Output.builder()
                .uri(renderedUri)
                .code(response.status())
                .body(response.body())
                .build();
        }
    }

    @Builder
    @Getter
    public static class Output {
        private final URI uri;
        private final Integer code;
        private final Object body;
    }
}
