package com.widgetry.server.services.ce;

import com.widgetry.server.configurations.CommonConfig;
import lombok.Data;
import lombok.NoArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Delegates JavaScript parsing to the RTS (it owns the acorn-based AST utilities).
 * Used to find which entities a binding like {{ Query1.data }} references.
 */
@Slf4j
@Service
public class AstServiceCEImpl {

    private final CommonConfig commonConfig;
    private final WebClient webClient;

    public AstServiceCEImpl(CommonConfig commonConfig) {
        this.commonConfig = commonConfig;
        ConnectionProvider provider = ConnectionProvider.builder("rts-provider")
                .maxConnections(100)
                .maxIdleTime(Duration.ofSeconds(5))
                .build();
        this.webClient = WebClient.builder()
                .clientConnector(new ReactorClientHttpConnector(HttpClient.create(provider)))
                .build();
    }

    public Flux<Map.Entry<String, Set<String>>> getPossibleReferencesFromDynamicBinding(
            List<String> bindingValues, int evalVersion) {
        if (bindingValues == null || bindingValues.isEmpty()) {
            return Flux.empty();
        }
        return webClient
                .post()
                .uri(commonConfig.getRtsBaseUrl() + "/rts-api/v1/ast/multiple-script-data")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(new GetIdentifiersRequestBulk(bindingValues, evalVersion))
                .retrieve()
                .bodyToMono(GetIdentifiersResponseBulk.class)
                .retryWhen(reactor.util.retry.Retry.max(3))
                .flatMapIterable(response -> response.getData())
                .index()
                .map(tuple -> Map.entry(
                        bindingValues.get(tuple.getT1().intValue()),
                        Set.copyOf(tuple.getT2().getReferences())))
                .doOnError(e -> log.error("Error while parsing bindings with RTS", e));
    }

    public Mono<String> replaceValueInMustacheKeys(String script, String oldName, String newName, int evalVersion) {
        return webClient
                .post()
                .uri(commonConfig.getRtsBaseUrl() + "/rts-api/v1/ast/entity-refactor")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("script", script, "oldName", oldName, "newName", newName,
                        "evalVersion", evalVersion))
                .retrieve()
                .bodyToMono(EntityRefactorResponse.class)
                .map(r -> r.getData().getScript());
    }

    @Data
    @NoArgsConstructor
    static class GetIdentifiersRequestBulk {
        private List<String> scripts;
        private int evalVersion;

        GetIdentifiersRequestBulk(List<String> scripts, int evalVersion) {
            this.scripts = scripts;
            this.evalVersion = evalVersion;
        }
    }

    @Data
    @NoArgsConstructor
    static class ScriptData {
        private Collection<String> references;
        private Collection<String> functionalParams;
        private Collection<String> variables;
    }

    @Data
    @NoArgsConstructor
    static class GetIdentifiersResponseBulk {
        private List<ScriptData> data;
    }

    @Data
    @NoArgsConstructor
    static class EntityRefactorResponse {
        private EntityRefactorData data;
    }

    @Data
    @NoArgsConstructor
    static class EntityRefactorData {
        private String script;
        private Integer refactorCount;
    }
}
