package com.brightcart.payment.config;

import com.brightcart.payment.quillpay.QuillpayProperties;
import org.springframework.boot.web.client.ClientHttpRequestFactories;
import org.springframework.boot.web.client.ClientHttpRequestFactorySettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.client.RestClient;

@Configuration
public class HttpClientConfig {

    @Bean
    RestClient quillpayRestClient(RestClient.Builder builder, QuillpayProperties props) {
        var settings = ClientHttpRequestFactorySettings.DEFAULTS
                .withConnectTimeout(props.timeout())
                .withReadTimeout(props.timeout());
        return builder
                .baseUrl(props.baseUrl())
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + props.apiKey())
                .defaultHeader("Quillpay-Version", "2025-06-01")
                .requestFactory(ClientHttpRequestFactories.get(settings))
                .build();
    }
}
