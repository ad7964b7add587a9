package io.keelwise.documents;

import io.keelwise.documents.PolicyDocumentListener.PolicyRegisteredEvent;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

/**
 * Runs a fake jsreport inside the embedded server and points jsreport.url at it.
 */
@MicronautTest(environments = "test")
@Property(name = "kafka.enabled", value = "false")
@Property(name = "micronaut.object-storage.aws.enabled", value = "false")
@Property(name = "jsreport.url", value = "http://localhost:${micronaut.server.port}")
@Property(name = "micronaut.server.port", value = "18097")
class PolicyDocumentListenerTest {

    @Inject
    EmbeddedServer server;

    @Inject
    PolicyDocumentListener listener;

    @Inject
    DocumentStore store;

    @MockBean(DocumentStore.class)
    DocumentStore store() {
        return mock(DocumentStore.class);
    }

    @Test
    void rendersAndStoresCertificate() {
        listener.onPolicyRegistered(new PolicyRegisteredEvent("KW-2024-000007", "YACHT", "Blue Heron", "Eva Lind",
                "eva@example.org", "marina.holt", LocalDate.now(), LocalDate.now().plusYears(1), BigDecimal.TEN));
        verify(store).store(eq("KW-2024-000007"), eq("certificate"), any());
    }

    @Controller("/api/report")
    static class FakeJsReport {
        @Post
        byte[] render(@Body Map<String, Object> body) {
            return "%PDF-1.4 fake".getBytes();
        }
    }
}
