package com.brightcart.notification.worker;

import com.brightcart.notification.mail.ReceiptMailer;
import com.brightcart.notification.slack.OpsNotifier;
import io.processyard.spring.client.annotation.JobWorker;
import io.processyard.spring.client.annotation.Variable;
import java.util.Optional;
import org.springframework.stereotype.Component;

@Component
public class PaymentFailedWorker {

    private final ReceiptMailer mailer;
    private final Optional<OpsNotifier> opsNotifier;

    public PaymentFailedWorker(ReceiptMailer mailer, Optional<OpsNotifier> opsNotifier) {
        this.mailer = mailer;
        this.opsNotifier = opsNotifier;
    }

    @JobWorker(type = "brightcart.notify-payment-failed")
    public void notifyFailed(@Variable String orderId, @Variable String customerEmail, @Variable String declineCode) {
        mailer.sendPaymentFailed(customerEmail, orderId, declineCode);
        opsNotifier.ifPresent(n -> n.paymentFailed(orderId, declineCode));
    }
}
