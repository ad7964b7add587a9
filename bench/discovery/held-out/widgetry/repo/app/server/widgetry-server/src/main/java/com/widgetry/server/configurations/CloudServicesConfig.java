package com.widgetry.server.configurations;

import lombok.Getter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Widgetry cloud services: licence validation, the template gallery and release notes.
 */
@Getter
@Configuration
public class CloudServicesConfig {

    @Value("${widgetry.cloud_services.base_url}")
    private String baseUrl;

    @Value("${widgetry.cloud_services.template_upload_auth_header:}")
    private String templateUploadAuthHeader;

    @Bean("cloudServicesWebClient")
    public WebClient cloudServicesWebClient(WebClient.Builder builder) {
        return builder.baseUrl(baseUrl)
                .defaultHeader(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE)
                .defaultHeader("X-Widgetry-Edition", "CE")
                .build();
    }
}
