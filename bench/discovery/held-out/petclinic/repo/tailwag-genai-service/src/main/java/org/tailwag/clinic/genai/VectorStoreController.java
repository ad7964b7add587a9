package org.tailwag.clinic.genai;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.ai.document.Document;
import org.springframework.ai.reader.JsonReader;
import org.springframework.ai.vectorstore.SimpleVectorStore;
import org.springframework.ai.vectorstore.VectorStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.stereotype.Component;
import org.tailwag.clinic.genai.dto.Vet;

import java.io.File;
import java.util.List;

/**
 * Loads the vet list into the vector store once, at start-up. The embeddings are computed by the
 * configured EmbeddingModel and cached in a local JSON file between restarts.
 */
@Component
public class VectorStoreController {

    private static final Logger logger = LoggerFactory.getLogger(VectorStoreController.class);

    private final VectorStore vectorStore;
    private final AIDataProvider dataProvider;
    private final ObjectMapper objectMapper;
    private final String vectorStoreFile;

    public VectorStoreController(VectorStore vectorStore, AIDataProvider dataProvider, ObjectMapper objectMapper,
                                 @Value("${tailwag.genai.vectorstore-file:/tmp/vectorstore.json}") String vectorStoreFile) {
        this.vectorStore = vectorStore;
        this.dataProvider = dataProvider;
        this.objectMapper = objectMapper;
        this.vectorStoreFile = vectorStoreFile;
    }

    @EventListener
    public void loadVetDataToVectorStoreOnStartup(ApplicationStartedEvent event) throws Exception {
        File file = new File(vectorStoreFile);
        if (file.exists() && vectorStore instanceof SimpleVectorStore simple) {
            simple.load(file);
            logger.info("Vector store loaded from {}", file);
            return;
        }

        List<Vet> vets = dataProvider.getAllVets();
        byte[] json = objectMapper.writeValueAsBytes(vets);
        List<Document> documents = new JsonReader(new ByteArrayResource(json)).get();
        vectorStore.add(documents);

        if (vectorStore instanceof SimpleVectorStore simple) {
            simple.save(file);
            logger.info("Vector store saved to {}", file);
        }
    }
}
