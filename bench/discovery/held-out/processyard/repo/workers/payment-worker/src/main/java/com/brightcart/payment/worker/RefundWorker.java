package com.brightcart.payment.worker;

import com.brightcart.payment.quillpay.QuillpayClient;
import io.processyard.spring.client.annotation.JobWorker;
import io.processyard.spring.client.annotation.Variable;
import java.util.Map;
import org.springframework.stereotype.Component;

@Component
public class RefundWorker {

    private final QuillpayClient quillpay;

    public RefundWorker(QuillpayClient quillpay) {
        this.quillpay = quillpay;
    }

    @JobWorker(type = "brightcart.refund-charge")
    public Map<String, Object> refund(@Variable String chargeId, @Variable Long amountCents) {
        String refundId = quillpay.refund(chargeId, amountCents);
        return Map.of("refundId", refundId);
    }
}
