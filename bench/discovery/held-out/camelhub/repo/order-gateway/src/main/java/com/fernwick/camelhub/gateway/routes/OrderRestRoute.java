package com.fernwick.camelhub.gateway.routes;

import com.fernwick.camelhub.gateway.model.OrderRequest;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.kafka.KafkaConstants;
import org.apache.camel.model.rest.RestBindingMode;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * Public order intake.
 *
 * POST /api/orders  -> validate -> check customer standing -> publish to Kafka
 */
@Component
public class OrderRestRoute extends RouteBuilder {

    @Override
    public void configure() {
        restConfiguration()
            .component("platform-http")
            .bindingMode(RestBindingMode.json)
            .dataFormatProperty("prettyPrint", "true")
            .apiContextPath("/api-doc")
            .apiProperty("api.title", "Fernwick Order Intake API")
            .apiProperty("api.version", "1.4");

        onException(CustomerRejectedException.class)
            .handled(true)
            .setHeader(Exchange.HTTP_RESPONSE_CODE, constant(422))
            .setBody(simple("{\"error\":\"customer ${header.customerId} is not allowed to order\"}"));

        rest("/api/orders").description("Order intake")
            .post()
                .type(OrderRequest.class)
                .consumes("application/json")
                .produces("application/json")
                .to("direct:accept-order")
            .get("/{orderId}/ping")
                .to("direct:order-ping");

        from("direct:accept-order").routeId("accept-order")
            .to("bean-validator:order")
            .process(e -> {
                OrderRequest order = e.getMessage().getBody(OrderRequest.class);
                if (order.getOrderId() == null) {
                    order.setOrderId("FW-" + UUID.randomUUID());
                }
                e.getMessage().setHeader("orderId", order.getOrderId());
                e.getMessage().setHeader("customerId", order.getCustomerId());
            })
            .enrich("direct:customer-standing", (original, standing) -> {
                original.getMessage().setHeader("customerStanding",
                        standing.getMessage().getBody(String.class));
                return original;
            })
            .filter(simple("${header.customerStanding} contains 'BLOCKED'"))
                .throwException(new CustomerRejectedException())
            .end()
            .marshal().json()
            .setHeader(KafkaConstants.KEY, header("orderId"))
            .to("kafka:{{camelhub.topic.orders}}")
            .log(LoggingLevel.INFO, "Order ${header.orderId} accepted for customer ${header.customerId}")
            .setHeader(Exchange.HTTP_RESPONSE_CODE, constant(202))
            .setBody(simple("{\"orderId\":\"${header.orderId}\",\"status\":\"ACCEPTED\"}"));

        // customer-service owns customer standing (credit holds, fraud flags)
        from("direct:customer-standing").routeId("customer-standing")
            .removeHeaders("CamelHttp*")
            .setHeader(Exchange.HTTP_METHOD, constant("GET"))
            .setBody(constant(null))
            .toD("{{customer.service.url}}/api/customers/${header.customerId}/standing"
                    + "?connectTimeout=2000&throwExceptionOnFailure=false")
            .convertBodyTo(String.class);

        from("direct:order-ping").routeId("order-ping")
            .setBody(simple("{\"orderId\":\"${header.orderId}\",\"gateway\":\"up\"}"));
    }

    static class CustomerRejectedException extends RuntimeException {
        CustomerRejectedException() {
            super("customer rejected");
        }
    }
}
