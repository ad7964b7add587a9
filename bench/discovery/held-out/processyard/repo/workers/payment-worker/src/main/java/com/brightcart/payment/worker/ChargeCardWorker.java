package com.brightcart.payment.worker;

import com.brightcart.payment.quillpay.ChargeRequest;
import com.brightcart.payment.quillpay.ChargeResponse;
import com.brightcart.payment.quillpay.QuillpayClient;
import com.brightcart.payment.quillpay.QuillpayException;
import io.processyard.client.api.response.ActivatedJob;
import io.processyard.spring.client.annotation.JobWorker;
import io.processyard.spring.client.annotation.Variable;
import io.processyard.spring.common.exception.YardBpmnError;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

@Component
public class ChargeCardWorker {

    private static final Logger log = LoggerFactory.getLogger(ChargeCardWorker.class);

    private final QuillpayClient quillpay;

    public ChargeCardWorker(QuillpayClient quillpay) {
        this.quillpay = quillpay;
    }

    @JobWorker(type = "brightcart.charge-card", timeout = 60_000, maxJobsActive = 16)
    public Map<String, Object> chargeCard(final ActivatedJob job,
                                          @Variable String orderId,
                                          @Variable long amountCents,
                                          @Variable String currency,
                                          @Variable String paymentMethodToken) {
        log.info("Charging order {} ({} {}) job={}", orderId, amountCents, currency, job.getKey());
        try {
            ChargeResponse response = quillpay.charge(new ChargeRequest(
                    amountCents, currency, paymentMethodToken, "order-" + orderId,
                    Map.of("orderId", orderId, "processInstanceKey", String.valueOf(job.getProcessInstanceKey()))));
            return Map.of("chargeId", response.id(), "chargeStatus", response.status());
        } catch (QuillpayException e) {
            if (e.isCardDeclined()) {
                throw new YardBpmnError("CARD_DECLINED", e.getMessage(), Map.of("declineCode", e.getCode()));
            }
            throw e;
        }
    }
}
