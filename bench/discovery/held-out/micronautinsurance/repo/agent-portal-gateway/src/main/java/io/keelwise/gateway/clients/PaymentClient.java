package io.keelwise.gateway.clients;

import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.client.annotation.Client;

import java.util.Map;

/**
 * Address configured under micronaut.http.services.payment-service in application.yml.
 */
@Client(id = "payment-service", path = "/accounts")
public interface PaymentClient {

    @Get("{?policyNumber}")
    Map<String, Object> accountForPolicy(@QueryValue String policyNumber);
}
