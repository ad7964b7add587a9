package org.tailwag.clinic.api.boundary.web;

import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreaker;
import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreakerFactory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tailwag.clinic.api.application.CustomersServiceClient;
import org.tailwag.clinic.api.application.VisitsServiceClient;
import org.tailwag.clinic.api.dto.OwnerDetails;
import org.tailwag.clinic.api.dto.Visits;
import reactor.core.publisher.Mono;

import java.util.function.Function;

/**
 * Aggregates an owner from customers-service with the visits of each pet from visits-service.
 */
@RestController
@RequestMapping("/api/gateway")
public class ApiGatewayController {

    private final CustomersServiceClient customersServiceClient;
    private final VisitsServiceClient visitsServiceClient;
    private final ReactiveCircuitBreaker visitsCircuitBreaker;

    public ApiGatewayController(CustomersServiceClient customersServiceClient,
                                VisitsServiceClient visitsServiceClient,
                                ReactiveCircuitBreakerFactory<?, ?> circuitBreakerFactory) {
        this.customersServiceClient = customersServiceClient;
        this.visitsServiceClient = visitsServiceClient;
        this.visitsCircuitBreaker = circuitBreakerFactory.create("getOwnerDetails");
    }

    @GetMapping(value = "owners/{ownerId}")
    public Mono<OwnerDetails> getOwnerDetails(final @PathVariable int ownerId) {
        return customersServiceClient.getOwner(ownerId)
            .flatMap(owner ->
                visitsCircuitBreaker.run(
                        visitsServiceClient.getVisitsForPets(owner.getPetIds()),
                        throwable -> emptyVisitsForPets())
                    .map(addVisitsToOwner(owner))
            );
    }

    private Function<Visits, OwnerDetails> addVisitsToOwner(OwnerDetails owner) {
        return visits -> {
            owner.pets()
                .forEach(pet -> pet.visits()
                    .addAll(visits.items().stream()
                        .filter(v -> v.petId() == pet.id())
                        .toList())
                );
            return owner;
        };
    }

    private Mono<Visits> emptyVisitsForPets() {
        return Mono.just(new Visits(java.util.List.of()));
    }
}
