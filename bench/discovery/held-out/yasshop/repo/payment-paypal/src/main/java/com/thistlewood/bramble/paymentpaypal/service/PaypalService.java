package com.thistlewood.bramble.paymentpaypal.service;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import lombok.extern.slf4j.Slf4j;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

@Slf4j
@Service
public class PaypalService {

    public record CreatePaymentVm(Long orderId, BigDecimal totalPrice, String currency) {
    }

    public record PaypalOrderVm(String id, String status, String approveUrl) {
    }

    record TokenResponse(String access_token, String token_type, long expires_in) {
    }

    record PaypalLink(String href, String rel, String method) {
    }

    record PaypalOrderResponse(String id, String status, List<PaypalLink> links) {
    }

    record CapturedPayment(Long orderId, String checkoutId, BigDecimal amount, BigDecimal paymentFee,
                           String gatewayTransactionId, String paymentMethod, String paymentStatus,
                           String failureMessage) {
    }

    private final RestClient paypalClient;
    private final RestClient paymentClient;
    private final String clientId;
    private final String clientSecret;
    private final String publicUrl;

    public PaypalService(RestClient.Builder builder,
                         @Value("${paypal.api.base-url}") String paypalBaseUrl,
                         @Value("${paypal.client-id}") String clientId,
                         @Value("${paypal.client-secret}") String clientSecret,
                         @Value("${bramble.services.payment}") String paymentServiceUrl,
                         @Value("${bramble.public.url}") String publicUrl) {
        this.paypalClient = builder.clone().baseUrl(paypalBaseUrl).build();
        this.paymentClient = builder.clone().baseUrl(paymentServiceUrl).build();
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.publicUrl = publicUrl;
    }

    private String accessToken() {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "client_credentials");
        TokenResponse token = paypalClient.post()
                .uri("/v1/oauth2/token")
                .headers(h -> h.setBasicAuth(clientId, clientSecret))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(form)
                .retrieve()
                .body(TokenResponse.class);
        return token.access_token();
    }

    public PaypalOrderVm createPayment(CreatePaymentVm request) {
        Map<String, Object> body = Map.of(
                "intent", "CAPTURE",
                "purchase_units", List.of(Map.of(
                        "reference_id", String.valueOf(request.orderId()),
                        "amount", Map.of("currency_code", request.currency(),
                                "value", request.totalPrice().toPlainString()))),
                "application_context", Map.of(
                        "return_url", publicUrl + "/checkout/paypal/success",
                        "cancel_url", publicUrl + "/checkout/paypal/cancel"));

        PaypalOrderResponse order = paypalClient.post()
                .uri("/v2/checkout/orders")
                .headers(h -> h.setBearerAuth(accessToken()))
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .retrieve()
                .body(PaypalOrderResponse.class);

        String approveUrl = order.links().stream()
                .filter(l -> "approve".equals(l.rel()))
                .map(PaypalLink::href)
                .findFirst()
                .orElse(null);
        return new PaypalOrderVm(order.id(), order.status(), approveUrl);
    }

    public String capturePayment(String paypalOrderId, Long orderId, BigDecimal amount, String userToken) {
        PaypalOrderResponse captured = paypalClient.post()
                .uri("/v2/checkout/orders/{id}/capture", paypalOrderId)
                .headers(h -> h.setBearerAuth(accessToken()))
                .contentType(MediaType.APPLICATION_JSON)
                .retrieve()
                .body(PaypalOrderResponse.class);

        String status = "COMPLETED".equals(captured.status()) ? "COMPLETED" : "FAILED";
        log.info("PayPal order {} captured with status {}", paypalOrderId, captured.status());

        paymentClient.post()
                .uri("/capture-payment")
                .headers(h -> h.setBearerAuth(userToken))
                .body(new CapturedPayment(orderId, paypalOrderId, amount, BigDecimal.ZERO, captured.id(),
                        "PAYPAL", status, "FAILED".equals(status) ? captured.status() : null))
                .retrieve()
                .toBodilessEntity();
        return status;
    }
}
