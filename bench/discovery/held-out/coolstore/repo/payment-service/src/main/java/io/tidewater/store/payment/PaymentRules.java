package io.tidewater.store.payment;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@ApplicationScoped
public class PaymentRules {

    @ConfigProperty(name = "tidewater.payment.decline-threshold")
    double declineThreshold;

    @ConfigProperty(name = "tidewater.payment.processing-delay-ms", defaultValue = "0")
    long delayMs;

    public PaymentResult authorise(String orderId, double total, String cardNumber) {
        if (cardNumber == null || !luhnValid(cardNumber)) {
            return PaymentResult.failed(orderId, "invalid card number");
        }
        if (total > declineThreshold) {
            return PaymentResult.failed(orderId, "amount exceeds limit");
        }
        return PaymentResult.success(orderId);
    }

    void simulateLatency() throws InterruptedException {
        if (delayMs > 0) {
            Thread.sleep(delayMs);
        }
    }

    static boolean luhnValid(String number) {
        String digits = number.replaceAll("\\s", "");
        int sum = 0;
        boolean alternate = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int n = digits.charAt(i) - '0';
            if (n < 0 || n > 9) {
                return false;
            }
            if (alternate) {
                n *= 2;
                if (n > 9) {
                    n -= 9;
                }
            }
            sum += n;
            alternate = !alternate;
        }
        return digits.length() >= 12 && sum % 10 == 0;
    }
}
