package com.brightcart.payment.quillpay;

public class QuillpayException extends RuntimeException {

    private final String code;

    public QuillpayException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String getCode() {
        return code;
    }

    public boolean isCardDeclined() {
        return "card_declined".equals(code) || "insufficient_funds".equals(code);
    }
}
