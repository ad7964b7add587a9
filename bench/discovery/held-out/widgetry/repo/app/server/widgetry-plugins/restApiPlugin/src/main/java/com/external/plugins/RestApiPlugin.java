package com.external.plugins;

import com.widgetry.external.models.ActionConfiguration;
import com.widgetry.external.models.ActionExecutionResult;
import com.widgetry.external.models.DatasourceConfiguration;
import com.widgetry.external.plugins.PluginExecutor;
import org.pf4j.Extension;
import org.pf4j.Plugin;
import org.pf4j.PluginWrapper;
import org.springframework.http.HttpMethod;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

public class RestApiPlugin extends Plugin {

    public RestApiPlugin(PluginWrapper wrapper) {
        super(wrapper);
    }

    @Extension
    public static class RestApiPluginExecutor implements PluginExecutor<Void> {

        @Override
        public Mono<Void> datasourceCreate(DatasourceConfiguration dsConfig) {
            // Stateless: a fresh WebClient is built per execution.
            return Mono.empty();
        }

        @Override
        public void datasourceDestroy(Void connection) {}

        @Override
        public Set<String> validateDatasource(DatasourceConfiguration dsConfig) {
            Set<String> invalids = new HashSet<>();
            if (dsConfig.getUrl() == null || dsConfig.getUrl().isBlank()) {
                invalids.add("Missing URL.");
            }
            return invalids;
        }

        @Override
        public Mono<ActionExecutionResult> execute(
                Void ignored, DatasourceConfiguration dsConfig, ActionConfiguration actionConfig) {
            // The base URL is the user's API (e.g. https://api.example.com) stored on the datasource.
            String url = dsConfig.getUrl() + (actionConfig.getPath() == null ? "" : actionConfig.getPath());
            WebClient client = WebClient.builder().build();
            return client.method(HttpMethod.valueOf(actionConfig.getHttpMethod()))
                    .uri(url)
                    .headers(h -> {
                        if (actionConfig.getHeaders() != null) {
                            actionConfig.getHeaders().forEach(kv -> h.add(kv.get("key"), kv.get("value")));
                        }
                    })
                    .bodyValue(actionConfig.getBody() == null ? "" : actionConfig.getBody())
                    .exchangeToMono(resp -> resp.bodyToMono(String.class)
                            .defaultIfEmpty("")
                            .map(body -> {
                                ActionExecutionResult r = new ActionExecutionResult();
                                r.setStatusCode(String.valueOf(resp.statusCode().value()));
                                r.setBody(body);
                                r.setIsExecutionSuccess(resp.statusCode().is2xxSuccessful());
                                return r;
                            }))
                    .timeout(Duration.ofMillis(actionConfig.getTimeoutInMillisecond()));
        }
    }
}
