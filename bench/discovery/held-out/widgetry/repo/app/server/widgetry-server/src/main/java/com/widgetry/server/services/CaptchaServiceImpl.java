package com.widgetry.server.services;

import com.fasterxml.jackson.databind.JsonNode;
import lombok.extern.slf4j.Slf4j;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.util.StringUtils;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

@Slf4j
@Service
public class CaptchaServiceImpl {

    private static final String VERIFY_URL = "https://www.google.com/recaptcha/api/siteverify";

    private final String secretKey;
    private final WebClient webClient = WebClient.create();

    public CaptchaServiceImpl(@Value("${google.recaptcha.key.secret:}") String secretKey) {
        this.secretKey = secretKey;
    }

    public boolean isEnabled() {
        return StringUtils.hasText(secretKey);
    }

    public Mono<Boolean> verify(String recaptchaResponse) {
        // Sign-up captcha is opt-in: without a secret key we accept every request.
        if (!isEnabled()) {
            return Mono.just(true);
        }
        return webClient
                .post()
                .uri(VERIFY_URL + "?secret={secret}&response={response}", secretKey, recaptchaResponse)
                .retrieve()
                .bodyToMono(JsonNode.class)
                .map(body -> body.path("success").asBoolean(false))
                .doOnError(e -> log.warn("reCAPTCHA verification failed", e))
                .onErrorReturn(false);
    }
}
