package com.fernwick.camelhub.fulfillment;

import org.apache.camel.CamelContext;
import org.apache.camel.EndpointInject;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.apache.camel.test.spring.junit5.UseAdviceWith;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@CamelSpringBootTest
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:camelhub;MODE=PostgreSQL",
        "artemis.url=vm://0",
        "inventory.url=http://localhost:0"
})
@UseAdviceWith
class OrderFulfillmentRouteTest {

    @Autowired
    CamelContext context;

    @Autowired
    ProducerTemplate producer;

    @EndpointInject("mock:shipments")
    MockEndpoint shipments;

    @EndpointInject("mock:backorders")
    MockEndpoint backorders;

    @BeforeEach
    void advise() throws Exception {
        AdviceWith.adviceWith(context, "order-fulfilment", a -> {
            a.replaceFromWith("direct:test-orders");
            a.weaveByToUri("jms:*").replace().to("mock:shipments");
            a.weaveByToUri("seda:backorders").replace().to("mock:backorders");
            a.weaveByToUri("direct:audit").remove();
        });
        AdviceWith.adviceWith(context, "reserve-stock", a ->
                a.weaveByToUri("http*").replace()
                        .setBody().constant("{\"allReserved\":true,\"reservationId\":\"R-1\"}"));
        AdviceWith.adviceWith(context, "raise-invoice", a ->
                a.weaveByToUri("http*").replace()
                        .setBody().constant("{\"invoiceNumber\":\"INV-1\"}"));
        context.start();
    }

    @Test
    void reservedOrderGoesToShipmentsQueue() throws Exception {
        shipments.expectedMessageCount(1);
        backorders.expectedMessageCount(0);

        producer.sendBody("direct:test-orders", "{\"orderId\":\"FW-42\",\"customerId\":\"C-7\"}");

        MockEndpoint.assertIsSatisfied(context);
    }
}
