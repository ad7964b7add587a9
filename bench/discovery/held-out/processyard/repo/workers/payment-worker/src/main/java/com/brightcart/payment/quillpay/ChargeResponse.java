package com.brightcart.payment.quillpay;

public record ChargeResponse(String id, String status, long amount, String currency) {
}
