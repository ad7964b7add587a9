package com.brightcart.notification.worker;

import com.brightcart.notification.mail.ReceiptMailer;
import io.processyard.spring.client.annotation.JobWorker;
import io.processyard.spring.client.annotation.Variable;
import java.util.Map;
import org.springframework.stereotype.Component;

@Component
public class SendReceiptWorker {

    private final ReceiptMailer mailer;

    public SendReceiptWorker(ReceiptMailer mailer) {
        this.mailer = mailer;
    }

    @JobWorker(type = "brightcart.send-receipt")
    public Map<String, Object> sendReceipt(@Variable String orderId,
                                           @Variable String customerEmail,
                                           @Variable String customerName,
                                           @Variable long amountCents,
                                           @Variable String currency,
                                           @Variable String invoiceUrl) {
        String messageId = mailer.sendReceipt(customerEmail, customerName, orderId, amountCents, currency, invoiceUrl);
        return Map.of("receiptMessageId", messageId);
    }
}
