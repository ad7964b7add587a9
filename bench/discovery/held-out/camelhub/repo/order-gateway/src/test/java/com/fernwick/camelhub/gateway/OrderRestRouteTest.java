package com.fernwick.camelhub.gateway;

import org.apache.camel.CamelContext;
import org.apache.camel.EndpointInject;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.apache.camel.test.spring.junit5.UseAdviceWith;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@CamelSpringBootTest
@SpringBootTest(properties = {
        "camel.component.kafka.brokers=dummy:9092",
        "customer.service.url=http://customer-stub:8080"
})
@UseAdviceWith
class OrderRestRouteTest {

    @Autowired
    CamelContext context;

    @Autowired
    ProducerTemplate template;

    @EndpointInject("mock:kafka-orders")
    MockEndpoint kafkaOrders;

    @Test
    void acceptedOrderIsPublished() throws Exception {
        AdviceWith.adviceWith(context, "accept-order", a ->
                a.weaveByToUri("kafka:*").replace().to("mock:kafka-orders"));
        AdviceWith.adviceWith(context, "customer-standing", a ->
                a.weaveByToUri("http*").replace().setBody().constant("GOOD"));
        context.start();

        kafkaOrders.expectedMessageCount(1);
        kafkaOrders.expectedHeaderReceived("customerId", "C-1001");

        template.sendBody("direct:accept-order",
                "{\"customerId\":\"C-1001\",\"lines\":[{\"sku\":\"TENT-2P\",\"quantity\":1}]}");

        kafkaOrders.assertIsSatisfied();
    }
}
