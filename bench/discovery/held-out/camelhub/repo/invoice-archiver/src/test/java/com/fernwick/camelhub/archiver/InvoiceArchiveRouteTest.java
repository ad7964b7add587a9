package com.fernwick.camelhub.archiver;

import io.quarkus.test.junit.QuarkusTest;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.quarkus.test.CamelQuarkusTestSupport;
import org.junit.jupiter.api.Test;

@QuarkusTest
class InvoiceArchiveRouteTest extends CamelQuarkusTestSupport {

    @Override
    public boolean isUseAdviceWith() {
        return true;
    }

    @Test
    void invoiceIsWrittenToBucket() throws Exception {
        AdviceWith.adviceWith(context, "archive-invoice", a -> {
            a.replaceFromWith("direct:invoices");
            a.weaveByToUri("aws2-s3:*").replace().to("mock:s3");
            a.weaveByToUri("direct:record-archive").replace().to("mock:recorded");
        });
        startRouteDefinitions();

        MockEndpoint s3 = getMockEndpoint("mock:s3");
        s3.expectedMessageCount(1);
        s3.message(0).header("CamelAwsS3Key").startsWith("invoices/");

        template.sendBody("direct:invoices", "{\"invoiceNumber\":\"INV-2024-0001\",\"total\":129.90}");

        MockEndpoint.assertIsSatisfied(context);
    }
}
