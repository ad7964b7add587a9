package io.keelwise.documents;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;

import java.util.List;
import java.util.Map;

@Controller("/documents")
public class DocumentsController {

    private final DocumentStore store;

    public DocumentsController(DocumentStore store) {
        this.store = store;
    }

    @Get("/{policyNumber}")
    public List<Map<String, Object>> list(@PathVariable String policyNumber) {
        return store.list(policyNumber);
    }

    @Get(value = "/{policyNumber}/{documentId}/content", produces = MediaType.APPLICATION_PDF)
    public HttpResponse<byte[]> content(@PathVariable String policyNumber, @PathVariable String documentId) {
        return store.content(policyNumber, documentId)
                .map(HttpResponse::ok)
                .orElse(HttpResponse.notFound());
    }
}
