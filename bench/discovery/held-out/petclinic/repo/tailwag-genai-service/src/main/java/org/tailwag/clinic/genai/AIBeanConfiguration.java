package org.tailwag.clinic.genai;

import org.springframework.ai.chat.memory.ChatMemory;
import org.springframework.ai.chat.memory.MessageWindowChatMemory;
import org.springframework.ai.embedding.EmbeddingModel;
import org.springframework.ai.vectorstore.SimpleVectorStore;
import org.springframework.ai.vectorstore.VectorStore;
import org.springframework.cloud.client.loadbalancer.LoadBalanced;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.client.WebClient;

@Configuration
public class AIBeanConfiguration {

    @Bean
    public ChatMemory chatMemory() {
        // Conversation history kept in memory, per instance
        return MessageWindowChatMemory.builder().maxMessages(20).build();
    }

    @Bean
    VectorStore vectorStore(EmbeddingModel embeddingModel) {
        // In-memory store, filled at start-up by VectorStoreController
        return SimpleVectorStore.builder(embeddingModel).build();
    }

    @Bean
    @LoadBalanced
    public WebClient.Builder loadBalancedWebClientBuilder() {
        return WebClient.builder();
    }
}
