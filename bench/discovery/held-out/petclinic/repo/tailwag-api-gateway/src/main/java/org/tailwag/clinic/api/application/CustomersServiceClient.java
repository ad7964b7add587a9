package org.tailwag.clinic.api.application;

import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import org.tailwag.clinic.api.dto.OwnerDetails;
import reactor.core.publisher.Mono;

@Component
public class CustomersServiceClient {

    private final WebClient.Builder webClientBuilder;

    private String hostname = "http://customers-service/";

    public CustomersServiceClient(WebClient.Builder webClientBuilder) {
        this.webClientBuilder = webClientBuilder;
    }

    public Mono<OwnerDetails> getOwner(final int ownerId) {
        return webClientBuilder.build().get()
            .uri(hostname + "owners/{ownerId}", ownerId)
            .retrieve()
            .bodyToMono(OwnerDetails.class);
    }

    void setHostname(String hostname) {
        this.hostname = hostname;
    }
}
