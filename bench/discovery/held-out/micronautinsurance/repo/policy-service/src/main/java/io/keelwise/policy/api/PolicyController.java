package io.keelwise.policy.api;

import io.keelwise.policy.clients.PricingClient;
import io.keelwise.policy.domain.Offer;
import io.keelwise.policy.domain.OfferRepository;
import io.keelwise.policy.domain.Policy;
import io.keelwise.policy.domain.PolicyRepository;
import io.keelwise.policy.events.PolicyEventPublisher;
import io.keelwise.policy.events.PolicyEventPublisher.PolicyRegistered;
import io.keelwise.policy.events.PolicyEventPublisher.PolicyTerminated;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

@Controller
public class PolicyController {

    private final PricingClient pricingClient;
    private final OfferRepository offers;
    private final PolicyRepository policies;
    private final PolicyEventPublisher eventPublisher;

    public PolicyController(PricingClient pricingClient, OfferRepository offers, PolicyRepository policies,
                            PolicyEventPublisher eventPublisher) {
        this.pricingClient = pricingClient;
        this.offers = offers;
        this.policies = policies;
        this.eventPublisher = eventPublisher;
    }

    @Post("/offers")
    public Offer createOffer(@Body CreateOfferRequest request) {
        var price = pricingClient.calculatePrice(new PricingClient.CalculatePriceCommand(
                request.productCode(), request.policyFrom(), request.policyTo(),
                request.selectedCovers(), request.answers()));

        return offers.save(new Offer(UUID.randomUUID().toString(), request.productCode(),
                request.policyFrom(), request.policyTo(), price.totalPremium(), price.coversPrices()));
    }

    @Post("/policies")
    @Transactional
    public HttpResponse<Policy> createPolicy(@Body CreatePolicyRequest request) {
        Offer offer = offers.findById(request.offerNumber()).orElse(null);
        if (offer == null || !"NEW".equals(offer.getStatus())) {
            return HttpResponse.badRequest();
        }
        offer.markConverted();
        Policy policy = policies.save(new Policy(nextPolicyNumber(), offer, request.vesselName(),
                request.holderName(), request.holderEmail(), request.agentLogin()));

        eventPublisher.policyRegistered(policy.getNumber(), new PolicyRegistered(
                policy.getNumber(), policy.getProductCode(), policy.getVesselName(), policy.getHolderName(),
                policy.getHolderEmail(), policy.getAgentLogin(), policy.getCoverFrom(), policy.getCoverTo(),
                policy.getTotalPremium()));
        return HttpResponse.created(policy);
    }

    @Get("/policies/{policyNumber}")
    public HttpResponse<Policy> getPolicy(@PathVariable String policyNumber) {
        return policies.findById(policyNumber).map(HttpResponse::ok).orElse(HttpResponse.notFound());
    }

    @Post("/policies/{policyNumber}/termination")
    @Transactional
    public HttpResponse<Policy> terminate(@PathVariable String policyNumber, @Body TerminatePolicyRequest request) {
        return policies.findById(policyNumber).map(policy -> {
            policy.terminate(request.terminationDate());
            eventPublisher.policyTerminated(policyNumber, new PolicyTerminated(
                    policyNumber, policy.getAgentLogin(), request.terminationDate(), request.reason()));
            return HttpResponse.ok(policy);
        }).orElse(HttpResponse.notFound());
    }

    private static String nextPolicyNumber() {
        return "KW-" + Year.now().getValue() + "-"
                + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
    }

    @Serdeable
    public record CreateOfferRequest(String productCode, LocalDate policyFrom, LocalDate policyTo,
                                     List<String> selectedCovers, Map<String, Object> answers) {
    }

    @Serdeable
    public record CreatePolicyRequest(String offerNumber, String vesselName, String holderName,
                                      String holderEmail, String agentLogin) {
    }

    @Serdeable
    public record TerminatePolicyRequest(LocalDate terminationDate, String reason) {
    }
}
