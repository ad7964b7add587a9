package com.thistlewood.bramble.paymentpaypal.controller;

import com.thistlewood.bramble.paymentpaypal.service.PaypalService;
import com.thistlewood.bramble.paymentpaypal.service.PaypalService.CreatePaymentVm;
import com.thistlewood.bramble.paymentpaypal.service.PaypalService.PaypalOrderVm;
import java.math.BigDecimal;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class PaypalController {

    private final PaypalService paypalService;

    public PaypalController(PaypalService paypalService) {
        this.paypalService = paypalService;
    }

    @PostMapping("/init-payment")
    public PaypalOrderVm initPayment(@RequestBody CreatePaymentVm request) {
        return paypalService.createPayment(request);
    }

    @PostMapping("/capture")
    public Map<String, String> capture(@RequestParam("token") String paypalOrderId,
                                       @RequestParam Long orderId,
                                       @RequestParam BigDecimal amount,
                                       @AuthenticationPrincipal Jwt jwt) {
        String status = paypalService.capturePayment(paypalOrderId, orderId, amount, jwt.getTokenValue());
        return Map.of("paymentStatus", status);
    }
}
