package com.larkspur.patrons.domain;

public class PatronCreditLimitExceededException extends RuntimeException {
}
