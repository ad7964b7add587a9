package io.taskloom.webserver.controllers.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.inject.Inject;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Community blueprints live on the Taskloom API (micronaut.http.services.api) and are proxied by the
 * webserver so that the UI never talks to api.taskloom.io directly.
 */
@Controller("/api/v1/blueprints/community")
@Tag(name = "Blueprints")
public class BlueprintController {
    @Inject
    @Client("api")
    HttpClient httpClient;

    @ExecuteOn(TaskExecutors.IO)
    @Get
    @Operation(tags = {"Blueprints"}, summary = "List all blueprints")
    public Map<String, Object> blueprints(
        @Nullable @QueryValue String q,
        @Nullable @QueryValue String sort,
        @Nullable @QueryValue List<String> tags,
        @QueryValue(defaultValue = "1") Integer page,
        @QueryValue(defaultValue = "10") Integer size,
        HttpRequest<?> httpRequest
    ) {
        URI uri = UriBuilder.of("/v1/blueprints")
            .queryParam("q", q)
            .queryParam("sort", sort)
            .queryParam("page", page)
            .queryParam("size", size)
            .build();
        return fastForwardToTaskloomApi(uri, Argument.mapOf(String.class, Object.class));
    }

    @ExecuteOn(TaskExecutors.IO)
    @Get("{id}/flow")
    @Operation(tags = {"Blueprints"}, summary = "Get a blueprint flow")
    public String blueprintFlow(@PathVariable String id) {
        return httpClient.toBlocking().retrieve(HttpRequest.GET("/v1/blueprints/" + id + "/flow"), String.class);
    }

    @ExecuteOn(TaskExecutors.IO)
    @Get("tags")
    @Operation(tags = {"Blueprints"}, summary = "List blueprint tags")
    public List<Map<String, Object>> blueprintTags(@Nullable @QueryValue String q) {
        return httpClient.toBlocking().retrieve(
            HttpRequest.GET(UriBuilder.of("/v1/blueprints/tags").queryParam("q", q).build()),
            Argument.listOf(Argument.mapOf(String.class, Object.class))
        );
    }

    @SuppressWarnings("unchecked")
    private <T> T fastForwardToTaskloomApi(URI uri, Argument<?> returnType) {
        return (T) httpClient.toBlocking().retrieve(HttpRequest.GET(uri), returnType);
    }
}
