package org.tailwag.clinic.genai;

import org.springframework.ai.document.Document;
import org.springframework.ai.vectorstore.SearchRequest;
import org.springframework.ai.vectorstore.VectorStore;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Service;
import org.springframework.web.reactive.function.client.WebClient;
import org.tailwag.clinic.genai.dto.OwnerDetails;
import org.tailwag.clinic.genai.dto.OwnerRequest;
import org.tailwag.clinic.genai.dto.PetDetails;
import org.tailwag.clinic.genai.dto.PetRequest;
import org.tailwag.clinic.genai.dto.Vet;

import java.util.List;

/**
 * Data the LLM tools work on. Host names are Eureka service ids, resolved by the load-balanced builder.
 */
@Service
public class AIDataProvider {

    static final String CUSTOMERS_SERVICE_URL = "http://customers-service";
    static final String VETS_SERVICE_URL = "http://vets-service";

    private final VectorStore vectorStore;
    private final WebClient webClient;

    public AIDataProvider(VectorStore vectorStore, WebClient.Builder webClientBuilder) {
        this.vectorStore = vectorStore;
        this.webClient = webClientBuilder.build();
    }

    public List<OwnerDetails> getAllOwners() {
        return webClient
            .get()
            .uri(CUSTOMERS_SERVICE_URL + "/owners")
            .retrieve()
            .bodyToMono(new ParameterizedTypeReference<List<OwnerDetails>>() {})
            .block();
    }

    public OwnerDetails addOwnerToClinic(OwnerRequest ownerRequest) {
        return webClient
            .post()
            .uri(CUSTOMERS_SERVICE_URL + "/owners")
            .bodyValue(ownerRequest)
            .retrieve()
            .bodyToMono(OwnerDetails.class)
            .block();
    }

    public PetDetails addPetToOwner(int ownerId, PetRequest petRequest) {
        return webClient
            .post()
            .uri(CUSTOMERS_SERVICE_URL + "/owners/{ownerId}/pets", ownerId)
            .bodyValue(petRequest)
            .retrieve()
            .bodyToMono(PetDetails.class)
            .block();
    }

    public List<Vet> getAllVets() {
        return webClient
            .get()
            .uri(VETS_SERVICE_URL + "/vets")
            .retrieve()
            .bodyToMono(new ParameterizedTypeReference<List<Vet>>() {})
            .block();
    }

    /**
     * Vets are too many to stuff into the prompt: pick the closest ones from the vector store.
     */
    public List<String> findVets(String question, int topK) {
        SearchRequest request = SearchRequest.builder()
            .query(question == null || question.isBlank() ? "vet" : question)
            .topK(topK)
            .build();
        return vectorStore.similaritySearch(request).stream()
            .map(Document::getText)
            .toList();
    }
}
