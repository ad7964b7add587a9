package io.keelwise.gateway.api;

import io.keelwise.gateway.clients.AuthClient;
import io.keelwise.gateway.clients.DocumentsClient;
import io.keelwise.gateway.clients.PaymentClient;
import io.keelwise.gateway.clients.PolicyClient;
import io.keelwise.gateway.clients.PolicySearchClient;
import io.keelwise.gateway.clients.ProductClient;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Single entry point for the agent portal SPA. Routes each call to the owning service and
 * aggregates where a screen needs data from several of them.
 */
@Controller("/api")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class SalesGatewayController {

    private final AuthClient authClient;
    private final ProductClient productClient;
    private final PolicyClient policyClient;
    private final PolicySearchClient policySearchClient;
    private final PaymentClient paymentClient;
    private final DocumentsClient documentsClient;

    public SalesGatewayController(AuthClient authClient,
                                  ProductClient productClient,
                                  PolicyClient policyClient,
                                  PolicySearchClient policySearchClient,
                                  PaymentClient paymentClient,
                                  DocumentsClient documentsClient) {
        this.authClient = authClient;
        this.productClient = productClient;
        this.policyClient = policyClient;
        this.policySearchClient = policySearchClient;
        this.paymentClient = paymentClient;
        this.documentsClient = documentsClient;
    }

    @Secured(SecurityRule.IS_ANONYMOUS)
    @Post("/auth/login")
    public AuthClient.LoginResponse login(@Body AuthClient.LoginRequest request) {
        return authClient.login(request);
    }

    @Get("/products")
    public List<Map<String, Object>> products() {
        return productClient.getAll();
    }

    @Get("/products/{code}")
    public Map<String, Object> product(@PathVariable String code) {
        return productClient.getByCode(code);
    }

    @Post("/offers")
    public Map<String, Object> createOffer(@Body Map<String, Object> request) {
        return policyClient.createOffer(request);
    }

    @Post("/policies")
    public Map<String, Object> createPolicy(@Body Map<String, Object> request, Authentication authentication) {
        Map<String, Object> enriched = new HashMap<>(request);
        enriched.put("agentLogin", authentication.getName());
        return policyClient.createPolicy(enriched);
    }

    @Get("/policies/find{?q}")
    public List<Map<String, Object>> findPolicies(@QueryValue String q) {
        return policySearchClient.search(q);
    }

    /**
     * Policy details screen: policy from policy-service, account balance from payment-service
     * and the generated documents from documents-service.
     */
    @Get("/policies/{policyNumber}")
    public Map<String, Object> policyDetails(@PathVariable String policyNumber) {
        Map<String, Object> result = new HashMap<>(policyClient.getPolicy(policyNumber));
        result.put("account", paymentClient.accountForPolicy(policyNumber));
        result.put("documents", documentsClient.listForPolicy(policyNumber));
        return result;
    }

    @Post("/policies/{policyNumber}/termination")
    public Map<String, Object> terminate(@PathVariable String policyNumber, @Body Map<String, Object> request) {
        return policyClient.terminate(policyNumber, request);
    }

    @Get("/documents/{policyNumber}/{documentId}")
    public HttpResponse<byte[]> download(@PathVariable String policyNumber, @PathVariable String documentId) {
        return documentsClient.download(policyNumber, documentId);
    }
}
