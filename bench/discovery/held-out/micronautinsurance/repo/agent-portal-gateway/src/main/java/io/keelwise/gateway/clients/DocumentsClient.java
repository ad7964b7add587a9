package io.keelwise.gateway.clients;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.client.annotation.Client;

import java.util.List;
import java.util.Map;

@Client(id = "documents-service", path = "/documents")
public interface DocumentsClient {

    @Get("/{policyNumber}")
    List<Map<String, Object>> listForPolicy(@PathVariable String policyNumber);

    @Get("/{policyNumber}/{documentId}/content")
    HttpResponse<byte[]> download(@PathVariable String policyNumber, @PathVariable String documentId);
}
