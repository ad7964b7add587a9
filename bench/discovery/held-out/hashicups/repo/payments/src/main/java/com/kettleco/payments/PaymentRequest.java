package com.kettleco.payments;

import java.math.BigDecimal;

public record PaymentRequest(String name, String type, String number, String expiry, int cv2, BigDecimal amount) {
}
