package io.taskloom.webserver.controllers.api;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.swagger.v3.oas.annotations.Operation;
import lombok.Builder;
import lombok.Getter;

import java.util.Optional;

@Controller("/api/v1")
public class MiscController {
    @Value("${taskloom.server-type:STANDALONE}")
    String serverType;

    @Value("${taskloom.url:}")
    Optional<String> taskloomUrl;

    @Value("${taskloom.environment.name:}")
    Optional<String> environmentName;

    @Value("${taskloom.anonymous-usage-report.enabled:true}")
    boolean isAnonymousUsageEnabled;

    @Get("/configs")
    @Operation(tags = {"Misc"}, summary = "Get current configurations")
    public Configuration configuration() {
        return Configuration.builder()
            .uuid(System.getProperty("taskloom.instance.uuid", "local"))
            .version(MiscController.class.getPackage().getImplementationVersion())
            .url(taskloomUrl.orElse(null))
            .isAnonymousUsageEnabled(isAnonymousUsageEnabled)
            .environmentName(environmentName.orElse(null))
            .serverType(serverType)
            .build();
    }

    @Getter
    @Builder
    public static class Configuration {
        String uuid;
        String version;
        String url;
        Boolean isAnonymousUsageEnabled;
        String environmentName;
        String serverType;
    }
}
