package com.fernwick.camelhub.archiver;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.apache.camel.Header;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Computes the object key for an archived invoice: invoices/yyyy/MM/INV-xxxx.json
 */
@ApplicationScoped
@Named("invoiceKeys")
@RegisterForReflection
public class InvoiceKeyBean {

    private static final DateTimeFormatter PREFIX = DateTimeFormatter.ofPattern("yyyy/MM");

    public String keyFor(@Header("invoiceNumber") String invoiceNumber) {
        return "invoices/" + LocalDate.now().format(PREFIX) + "/" + invoiceNumber + ".json";
    }
}
