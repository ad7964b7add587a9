package com.skywardair.auth.client;

/** Response body of POST /customer/internal/validateid. */
public class LoginValidation {

    private boolean validCustomer;
    private String customerId;

    public LoginValidation() {
    }

    public LoginValidation(boolean validCustomer, String customerId) {
        this.validCustomer = validCustomer;
        this.customerId = customerId;
    }

    public boolean isValidCustomer() {
        return validCustomer;
    }

    public void setValidCustomer(boolean validCustomer) {
        this.validCustomer = validCustomer;
    }

    public String getCustomerId() {
        return customerId;
    }

    public void setCustomerId(String customerId) {
        this.customerId = customerId;
    }
}
