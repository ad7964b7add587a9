package io.platewise.eats.accountingservice.api;

public class AccountingServiceChannels {

  public static final String ACCOUNTING_SERVICE_COMMAND_CHANNEL = "accountingService";
}
