package com.thistlewood.bramble.payment.service;

import java.math.BigDecimal;
import lombok.extern.slf4j.Slf4j;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.client.RestClient;

@Slf4j
@Service
public class PaymentService {

    public record CapturedPayment(Long orderId, String checkoutId, BigDecimal amount, BigDecimal paymentFee,
                                  String gatewayTransactionId, String paymentMethod, String paymentStatus,
                                  String failureMessage) {
    }

    public record PaymentOrderStatusVm(Long orderId, String paymentStatus) {
    }

    private static final String ORDER_STATUS_PATH = "/storefront/orders/status";

    private final JdbcClient jdbcClient;
    private final RestClient orderClient;

    public PaymentService(JdbcClient jdbcClient, RestClient.Builder builder,
                          @Value("${bramble.services.order}") String orderUrl) {
        this.jdbcClient = jdbcClient;
        this.orderClient = builder.baseUrl(orderUrl).build();
    }

    @Transactional
    public Long capturePayment(CapturedPayment captured, String bearerToken) {
        var keyHolder = new GeneratedKeyHolder();
        jdbcClient.sql("""
                        INSERT INTO payment (order_id, checkout_id, amount, payment_fee, gateway_transaction_id,
                                             payment_method, payment_status, failure_message)
                        VALUES (:orderId, :checkoutId, :amount, :fee, :txId, :method, :status, :failure)
                        """)
                .param("orderId", captured.orderId())
                .param("checkoutId", captured.checkoutId())
                .param("amount", captured.amount())
                .param("fee", captured.paymentFee())
                .param("txId", captured.gatewayTransactionId())
                .param("method", captured.paymentMethod())
                .param("status", captured.paymentStatus())
                .param("failure", captured.failureMessage())
                .update(keyHolder, "id");

        updateOrderStatus(new PaymentOrderStatusVm(captured.orderId(), captured.paymentStatus()), bearerToken);
        return keyHolder.getKeyAs(Long.class);
    }

    private void updateOrderStatus(PaymentOrderStatusVm status, String bearerToken) {
        log.info("Marking order {} as {}", status.orderId(), status.paymentStatus());
        orderClient.put()
                .uri(ORDER_STATUS_PATH)
                .headers(h -> h.setBearerAuth(bearerToken))
                .body(status)
                .retrieve()
                .toBodilessEntity();
    }
}
