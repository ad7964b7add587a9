package com.brightcart.payment.quillpay;

import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

@Component
public class QuillpayClient {

    private final RestClient rest;

    public QuillpayClient(RestClient quillpayRestClient) {
        this.rest = quillpayRestClient;
    }

    public ChargeResponse charge(ChargeRequest request) {
        return rest.post()
                .uri("/v3/charges")
                .header("Idempotency-Key", UUID.nameUUIDFromBytes(request.descriptor().getBytes()).toString())
                .contentType(MediaType.APPLICATION_JSON)
                .body(request)
                .retrieve()
                .onStatus(HttpStatusCode::is4xxClientError, (req, res) -> {
                    throw new QuillpayException(res.getHeaders().getFirst("Quillpay-Error-Code"), res.getStatusText());
                })
                .body(ChargeResponse.class);
    }

    @SuppressWarnings("unchecked")
    public String refund(String chargeId, Long amountCents) {
        Map<String, Object> body = amountCents == null ? Map.of("charge", chargeId)
                : Map.of("charge", chargeId, "amount", amountCents);
        Map<String, Object> result = rest.post()
                .uri("/v3/refunds")
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .retrieve()
                .body(Map.class);
        return (String) result.get("id");
    }
}
