package com.fernwick.camelhub.shipping;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.quarkus.test.CamelQuarkusTestSupport;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(ShipmentRoutesTest.NoBrokerProfile.class)
class ShipmentRoutesTest extends CamelQuarkusTestSupport {

    @Override
    public boolean isUseAdviceWith() {
        return true;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        // test-only helper route feeding the booking flow
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:test-shipment").to("direct:parcelnorth-booking").to("mock:booked");
            }
        };
    }

    @Test
    void bookingSetsTrackingNumber() throws Exception {
        AdviceWith.adviceWith(context, "parcelnorth-booking", a ->
                a.interceptSendToEndpoint("https://*")
                        .skipSendToOriginalEndpoint()
                        .setBody(constant("{\"trackingNumber\":\"PN123\",\"label\":{\"url\":\"x\"}}")));
        AdviceWith.adviceWith(context, "notify-customer", a ->
                a.weaveByToUri("smtp*").replace().to("mock:smtp"));
        startRouteDefinitions();

        MockEndpoint booked = getMockEndpoint("mock:booked");
        booked.expectedHeaderReceived("trackingNumber", "PN123");

        template.sendBodyAndHeader("direct:test-shipment", "{\"orderId\":\"FW-1\"}", "orderId", "FW-1");

        booked.assertIsSatisfied();
    }

    public static class NoBrokerProfile implements io.quarkus.test.junit.QuarkusTestProfile {
        @Override
        public java.util.Map<String, String> getConfigOverrides() {
            return java.util.Map.of("quarkus.artemis.devservices.enabled", "false",
                    "camel.main.auto-startup", "false");
        }
    }
}
