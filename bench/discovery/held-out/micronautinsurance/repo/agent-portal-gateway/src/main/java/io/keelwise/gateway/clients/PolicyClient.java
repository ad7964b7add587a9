package io.keelwise.gateway.clients;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.retry.annotation.Retryable;

import java.util.Map;

@Client(id = "policy-service")
@Retryable(attempts = "2", delay = "500ms")
public interface PolicyClient {

    @Post("/offers")
    Map<String, Object> createOffer(@Body Map<String, Object> offerRequest);

    @Post("/policies")
    Map<String, Object> createPolicy(@Body Map<String, Object> policyRequest);

    @Get("/policies/{policyNumber}")
    Map<String, Object> getPolicy(@PathVariable String policyNumber);

    @Post("/policies/{policyNumber}/termination")
    Map<String, Object> terminate(@PathVariable String policyNumber, @Body Map<String, Object> terminationRequest);
}
