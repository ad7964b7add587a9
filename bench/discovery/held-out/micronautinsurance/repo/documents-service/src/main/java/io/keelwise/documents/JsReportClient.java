package io.keelwise.documents;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Map;

/**
 * jsreport server render API; address comes from jsreport.url (JSREPORT_URL).
 */
@Client("${jsreport.url}")
public interface JsReportClient {

    @Post("/api/report")
    byte[] render(@Body RenderRequest request);

    @Serdeable
    record RenderRequest(Template template, Map<String, Object> data) {
    }

    @Serdeable
    record Template(String name) {
    }
}
