package com.fernwick.camelhub.fulfillment.routes;

import com.fernwick.camelhub.fulfillment.processor.StockDecisionProcessor;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Core fulfilment flow.
 *
 *   kafka orders  ->  inventory-service (reserve stock)
 *                 ->  billing-service (raise invoice)
 *                 ->  Artemis shipments queue (picked up by shipping-bridge)
 *                 ->  order_audit table
 */
@Component
public class OrderFulfillmentRoute extends RouteBuilder {

    @Override
    public void configure() {
        errorHandler(deadLetterChannel("seda:fulfilment-dlq")
                .maximumRedeliveries(3)
                .redeliveryDelay(2000)
                .useExponentialBackOff());

        from("kafka:{{camelhub.topic.orders}}"
                + "?groupId=fulfillment-router"
                + "&autoOffsetReset=earliest"
                + "&maxPollRecords=50")
            .routeId("order-fulfilment")
            .log(LoggingLevel.INFO, "Received order ${header.kafka.KEY} from partition ${header.kafka.PARTITION}")
            .setHeader("orderId", jsonpath("$.orderId"))
            .setProperty("order", body())
            .to("direct:reserve-stock")
            .choice()
                .when(header(StockDecisionProcessor.DECISION).isEqualTo("SHIP"))
                    .to("direct:raise-invoice")
                    .setBody(exchangeProperty("order"))
                    .to("jms:queue:{{camelhub.queue.shipments}}?deliveryMode=2")
                .otherwise()
                    .to("seda:backorders")
            .end()
            // Archived raw orders to S3 in 1.2; replaced by invoice-archiver (see ADR-007)
            // .wireTap("aws2-s3://fernwick-raw-orders?region=eu-west-1")
            .to("direct:audit");

        from("direct:reserve-stock").routeId("reserve-stock")
            .setHeader(Exchange.HTTP_METHOD, constant("POST"))
            .setHeader(Exchange.CONTENT_TYPE, constant("application/json"))
            .to("{{inventory.url}}/api/stock/reservations?bridgeEndpoint=true")
            .convertBodyTo(String.class)
            .process("stockDecision");

        from("direct:raise-invoice").routeId("raise-invoice")
            .setBody(exchangeProperty("order"))
            .removeHeaders("CamelHttp*")
            .setHeader(Exchange.HTTP_METHOD, constant("POST"))
            .setHeader(Exchange.CONTENT_TYPE, constant("application/json"))
            .to("{{env:BILLING_SERVICE_URL:http://localhost:8083}}/api/invoices")
            .setHeader("invoiceNumber", jsonpath("$.invoiceNumber"));

        from("seda:backorders?concurrentConsumers=2").routeId("backorders")
            .log(LoggingLevel.WARN, "Order ${header.orderId} back-ordered, will be retried by stock-replay")
            .to("log:com.fernwick.camelhub.backorders?level=WARN&showHeaders=true");

        from("seda:fulfilment-dlq").routeId("fulfilment-dlq")
            .log(LoggingLevel.ERROR, "Fulfilment failed for ${header.orderId}: ${exception.message}");
    }
}
