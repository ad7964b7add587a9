package io.taskloom.core.http.client;

import io.taskloom.core.runners.RunContext;
import lombok.Builder;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;

import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

/**
 * Thin wrapper on Apache HttpClient 5 shared by the core HTTP tasks and the plugins.
 */
public class HttpClient implements Closeable {
    private final RunContext runContext;
    private final HttpConfiguration configuration;
    private CloseableHttpClient client;

    @Builder
    public HttpClient(RunContext runContext, HttpConfiguration configuration) {
        this.runContext = runContext;
        this.configuration = configuration == null ? HttpConfiguration.builder().build() : configuration;
    }

    private synchronized CloseableHttpClient client() {
        if (client == null) {
            HttpClientBuilder builder = HttpClients.custom()
                .setUserAgent("Taskloom/" + HttpClient.class.getPackage().getImplementationVersion())
                .setDefaultRequestConfig(RequestConfig.custom()
                    .setConnectionRequestTimeout(Timeout.ofSeconds(configuration.getConnectTimeout().toSeconds()))
                    .setResponseTimeout(Timeout.ofSeconds(configuration.getReadTimeout().toSeconds()))
                    .build());
            if (!configuration.isFollowRedirects()) {
                builder.disableRedirectHandling();
            }
            client = builder.build();
        }
        return client;
    }

    public HttpResponse request(String method, URI uri, Map<String, String> headers, String body, String contentType) throws IOException {
        HttpUriRequestBase request = new HttpUriRequestBase(method, uri);
        if (headers != null) {
            headers.forEach(request::addHeader);
        }
        if (body != null) {
            request.setEntity(new StringEntity(body, ContentType.parse(contentType == null ? "application/json" : contentType)));
        }
        runContext.logger().debug("Request '{}' to '{}'", method, uri);
        return client().execute(request, response -> new HttpResponse(
            response.getCode(),
            response.getEntity() == null ? null : EntityUtils.toString(response.getEntity())
        ));
    }

    @Override
    public void close() throws IOException {
        if (client != null) {
            client.close();
        }
    }

    public record HttpResponse(int status, String body) {}

    @lombok.Getter
    @lombok.Builder(toBuilder = true)
    public static class HttpConfiguration {
        @lombok.Builder.Default
        private Duration connectTimeout = Duration.ofSeconds(10);

        @lombok.Builder.Default
        private Duration readTimeout = Duration.ofSeconds(60);

        @lombok.Builder.Default
        private boolean followRedirects = true;

        private String proxyAddress;
        private Integer proxyPort;
    }
}
