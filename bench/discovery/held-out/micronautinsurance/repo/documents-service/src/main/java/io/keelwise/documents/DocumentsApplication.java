package io.keelwise.documents;

import io.micronaut.runtime.Micronaut;

public class DocumentsApplication {
    public static void main(String[] args) {
        Micronaut.run(DocumentsApplication.class, args);
    }
}
