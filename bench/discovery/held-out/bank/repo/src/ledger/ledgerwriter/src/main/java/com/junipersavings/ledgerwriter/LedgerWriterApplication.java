package com.junipersavings.ledgerwriter;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.web.client.RestTemplate;

import java.time.Duration;

@SpringBootApplication
public class LedgerWriterApplication {

    public static void main(String[] args) {
        SpringApplication.run(LedgerWriterApplication.class, args);
    }

    @Bean
    public RestTemplate restTemplate(RestTemplateBuilder builder,
            @org.springframework.beans.factory.annotation.Value("${BALANCEREADER_TIMEOUT_MS:2000}") long timeoutMs) {
        return builder.setConnectTimeout(Duration.ofMillis(timeoutMs))
                .setReadTimeout(Duration.ofMillis(timeoutMs))
                .build();
    }
}
