package io.hearthmart.payment.application;

import org.springframework.stereotype.Service;

@Service
public class PaymentService {

  private final PaymentProviderClient providerClient;

  public PaymentService(PaymentProviderClient providerClient) {
    this.providerClient = providerClient;
  }

  /**
   * @return the payment id of the provider's transaction
   */
  public String retrievePayment(String refId, long amountCents) {
    return providerClient.charge(refId, amountCents);
  }
}
