package io.hearthmart.payment.application;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;

import java.util.Map;
import java.util.UUID;

/**
 * Talks to the external card-payment provider ("CardGate"). In docker-compose this is
 * the payment-provider stub; in production it is the provider's public API.
 */
@Component
public class PaymentProviderClient {

  private static final Logger LOG = LoggerFactory.getLogger(PaymentProviderClient.class);

  private final RestTemplate rest;
  private final String providerUrl;
  private final boolean useStub;

  public PaymentProviderClient(RestTemplate rest,
                               @Value("${hearthmart.payment.provider-url}") String providerUrl,
                               @Value("${hearthmart.payment.use-stub:false}") boolean useStub) {
    this.rest = rest;
    this.providerUrl = providerUrl;
    this.useStub = useStub;
  }

  public String charge(String customerRef, long amountCents) {
    if (useStub) {
      // local development without any provider at all
      LOG.warn("hearthmart.payment.use-stub is on - pretending to charge {}", amountCents);
      return "stub-" + UUID.randomUUID();
    }
    ChargeResponse response = rest.postForObject(providerUrl + "/api/charges",
        Map.of("customerRef", customerRef, "amount", amountCents, "currency", "EUR"),
        ChargeResponse.class);
    return response.transactionId();
  }

  public record ChargeResponse(String transactionId, String status) {
  }
}
