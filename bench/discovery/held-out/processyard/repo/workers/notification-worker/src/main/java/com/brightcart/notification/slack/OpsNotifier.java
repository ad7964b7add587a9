package com.brightcart.notification.slack;

public interface OpsNotifier {
    void paymentFailed(String orderId, String declineCode);
}
