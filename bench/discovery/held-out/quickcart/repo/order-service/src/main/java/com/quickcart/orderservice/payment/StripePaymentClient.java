package com.quickcart.orderservice.payment;

import lombok.extern.slf4j.Slf4j;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.WebClient;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Charges a card through Stripe's PaymentIntents API. Left over from workshop part 3; the order flow
 * does not call it yet.
 */
@Slf4j
@Component
@ConditionalOnProperty(prefix = "quickcart.payments", name = "enabled", havingValue = "true")
public class StripePaymentClient {

    private final WebClient webClient;

    public StripePaymentClient(PaymentProperties properties) {
        this.webClient = WebClient.builder()
                .baseUrl(properties.apiBaseUrl())
                .defaultHeaders(h -> h.setBearerAuth(properties.secretKey()))
                .build();
    }

    @SuppressWarnings("unchecked")
    public String createPaymentIntent(String orderNumber, BigDecimal amount, String currency) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("amount", amount.movePointRight(2).toBigInteger().toString());
        form.add("currency", currency);
        form.add("metadata[order_number]", orderNumber);

        Map<String, Object> response = webClient.post()
                .uri("/v1/payment_intents")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData(form))
                .retrieve()
                .bodyToMono(Map.class)
                .block();
        log.info("Created payment intent for order {}", orderNumber);
        return response == null ? null : (String) response.get("id");
    }
}
