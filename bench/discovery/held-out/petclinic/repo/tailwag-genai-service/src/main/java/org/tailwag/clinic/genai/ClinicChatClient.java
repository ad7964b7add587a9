package org.tailwag.clinic.genai;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.ai.chat.client.ChatClient;
import org.springframework.ai.chat.client.advisor.MessageChatMemoryAdvisor;
import org.springframework.ai.chat.client.advisor.SimpleLoggerAdvisor;
import org.springframework.ai.chat.memory.ChatMemory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * "Ask Tailwag": the chat endpoint behind /api/genai/chatclient on the gateway.
 */
@RestController
public class ClinicChatClient {

    private static final Logger LOG = LoggerFactory.getLogger(ClinicChatClient.class);

    private final ChatClient chatClient;

    public ClinicChatClient(ChatClient.Builder builder, ChatMemory chatMemory, ClinicTools tools,
                            @Value("classpath:/prompts/system.st") Resource systemPrompt) {
        this.chatClient = builder
            .defaultSystem(systemPrompt)
            .defaultAdvisors(
                MessageChatMemoryAdvisor.builder(chatMemory).build(),
                new SimpleLoggerAdvisor())
            .defaultTools(tools)
            .build();
    }

    @PostMapping("/chatclient")
    public String exchange(@RequestBody String query) {
        try {
            return chatClient
                .prompt()
                .user(u -> u.text(query))
                .call()
                .content();
        } catch (Exception exception) {
            LOG.error("Error processing chat message", exception);
            return "Chat is currently unavailable. Please try again later.";
        }
    }
}
