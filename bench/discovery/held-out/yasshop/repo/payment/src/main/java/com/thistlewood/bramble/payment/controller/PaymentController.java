package com.thistlewood.bramble.payment.controller;

import com.thistlewood.bramble.payment.service.PaymentService;
import com.thistlewood.bramble.payment.service.PaymentService.CapturedPayment;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class PaymentController {

    private final PaymentService paymentService;

    public PaymentController(PaymentService paymentService) {
        this.paymentService = paymentService;
    }

    /** Internal endpoint, called by payment providers (payment-paypal) after a successful capture. */
    @PostMapping("/capture-payment")
    public Map<String, Long> capturePayment(@RequestBody CapturedPayment capturedPayment,
                                            @AuthenticationPrincipal Jwt jwt) {
        Long paymentId = paymentService.capturePayment(capturedPayment, jwt.getTokenValue());
        return Map.of("paymentId", paymentId);
    }
}
