package com.sagaflow.payment.fraud;

import com.sagaflow.domain.Order;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Scores a payment against the external FraudScore API before funds are reserved.
 * Piloted in 2023 and switched off since; kept behind {@code sagaflow.fraud-check.enabled}.
 */
@Component
@ConditionalOnProperty(prefix = "sagaflow.fraud-check", name = "enabled", havingValue = "true")
public class FraudScoreClient implements FraudCheck {

    private static final Logger LOG = LoggerFactory.getLogger(FraudScoreClient.class);

    private final RestClient client;
    private final FraudCheckProperties properties;

    public FraudScoreClient(RestClient.Builder builder, FraudCheckProperties properties) {
        this.client = builder
                .baseUrl(properties.baseUrl())
                .defaultHeader("X-Api-Key", properties.apiKey())
                .build();
        this.properties = properties;
    }

    @Override
    public boolean isAllowed(Order order) {
        try {
            ScoreResponse response = client.post()
                    .uri("/v2/score")
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of(
                            "reference", order.getId(),
                            "customer", order.getCustomerId(),
                            "amount", order.getPrice()))
                    .retrieve()
                    .body(ScoreResponse.class);
            return response == null || response.score() < properties.threshold();
        } catch (RestClientException ex) {
            LOG.warn("Fraud scoring unavailable, allowing order {}", order.getId(), ex);
            return true;
        }
    }

    record ScoreResponse(int score, String decision) {
    }
}
