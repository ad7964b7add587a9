package io.tidewater.store.payment;

public class PaymentResult {
    public String orderId;
    public String status;
    public String reason;

    static PaymentResult success(String orderId) {
        PaymentResult r = new PaymentResult();
        r.orderId = orderId;
        r.status = "SUCCESS";
        r.reason = "approved";
        return r;
    }

    static PaymentResult failed(String orderId, String reason) {
        PaymentResult r = new PaymentResult();
        r.orderId = orderId;
        r.status = "FAILURE";
        r.reason = reason;
        return r;
    }
}
