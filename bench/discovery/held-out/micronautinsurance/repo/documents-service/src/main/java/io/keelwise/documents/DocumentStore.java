package io.keelwise.documents;

import io.micronaut.objectstorage.ObjectStorageOperations;
import io.micronaut.objectstorage.request.UploadRequest;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stores rendered PDFs in the S3 bucket (MinIO in docker-compose).
 */
@Singleton
public class DocumentStore {

    private final ObjectStorageOperations<?, ?, ?> objectStorage;

    public DocumentStore(ObjectStorageOperations<?, ?, ?> objectStorage) {
        this.objectStorage = objectStorage;
    }

    public String store(String policyNumber, String documentId, byte[] pdf) {
        String key = policyNumber + "/" + documentId + ".pdf";
        objectStorage.upload(UploadRequest.fromBytes(pdf, key, "application/pdf"));
        return key;
    }

    public List<Map<String, Object>> list(String policyNumber) {
        return objectStorage.listObjects().stream()
                .filter(k -> k.startsWith(policyNumber + "/"))
                .map(k -> Map.<String, Object>of("policyNumber", policyNumber,
                        "documentId", k.substring(policyNumber.length() + 1).replace(".pdf", ""), "key", k))
                .toList();
    }

    public Optional<byte[]> content(String policyNumber, String documentId) {
        return objectStorage.retrieve(policyNumber + "/" + documentId + ".pdf")
                .map(entry -> {
                    try (var in = entry.getInputStream()) {
                        return in.readAllBytes();
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
    }
}
