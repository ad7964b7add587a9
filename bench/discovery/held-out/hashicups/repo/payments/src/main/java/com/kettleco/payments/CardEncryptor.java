package com.kettleco.payments;

public interface CardEncryptor {
    String protect(String cardNumber);

    /** Default: keep only the last four digits. */
    static String mask(String number) {
        String digits = number.replaceAll("[^0-9]", "");
        if (digits.length() < 4) {
            return "****";
        }
        return "**** **** **** " + digits.substring(digits.length() - 4);
    }
}
