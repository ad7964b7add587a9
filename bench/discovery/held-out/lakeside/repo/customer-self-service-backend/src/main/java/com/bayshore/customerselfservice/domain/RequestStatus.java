package com.bayshore.customerselfservice.domain;

public enum RequestStatus {
    REQUEST_SUBMITTED, QUOTE_RECEIVED, REQUEST_REJECTED, QUOTE_ACCEPTED, QUOTE_REJECTED, QUOTE_EXPIRED, POLICY_CREATED;

    public boolean canTransitionTo(RequestStatus next) {
        return switch (this) {
            case REQUEST_SUBMITTED -> next == QUOTE_RECEIVED || next == REQUEST_REJECTED;
            case QUOTE_RECEIVED -> next == QUOTE_ACCEPTED || next == QUOTE_REJECTED || next == QUOTE_EXPIRED;
            case QUOTE_ACCEPTED -> next == POLICY_CREATED || next == QUOTE_EXPIRED;
            default -> false;
        };
    }
}
