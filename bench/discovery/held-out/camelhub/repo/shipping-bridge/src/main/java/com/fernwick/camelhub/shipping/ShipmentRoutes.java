package com.fernwick.camelhub.shipping;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;

/**
 * Books parcels with ParcelNorth for every order released by fulfillment-router and
 * tells the customer their order is on its way.
 */
@ApplicationScoped
public class ShipmentRoutes extends RouteBuilder {

    @Override
    public void configure() {
        onException(org.apache.camel.http.base.HttpOperationFailedException.class)
            .maximumRedeliveries(5)
            .redeliveryDelay(10_000)
            .handled(true)
            .to("seda:booking-failures");

        from("jms:queue:{{camelhub.queue.shipments}}?concurrentConsumers=3&transacted=true")
            .routeId("book-parcel")
            .setHeader("orderId", jsonpath("$.orderId"))
            .setHeader("customerEmail", jsonpath("$.customer.email", String.class))
            .setProperty("order", body())
            .to("direct:parcelnorth-booking")
            .wireTap("seda:manifest-lines")
            .to("direct:notify-customer");

        from("direct:parcelnorth-booking").routeId("parcelnorth-booking")
            .removeHeaders("CamelHttp*")
            .setHeader(Exchange.HTTP_METHOD, constant("POST"))
            .setHeader(Exchange.CONTENT_TYPE, constant("application/json"))
            .setHeader("X-Api-Key", constant("{{parcelnorth.api.key}}"))
            .transform().simple("""
                {"reference":"${header.orderId}","service":"STANDARD","shipper":"FERNWICK-DC1","parcel":${exchangeProperty.order}}
                """)
            .to("https://{{parcelnorth.api.host}}/v2/shipments?connectTimeout={{parcelnorth.api.timeout}}")
            .setHeader("trackingNumber", jsonpath("$.trackingNumber"))
            .setHeader("labelUrl", jsonpath("$.label.url"))
            .log(LoggingLevel.INFO, "Order ${header.orderId} booked, tracking ${header.trackingNumber}");

        from("direct:notify-customer").routeId("notify-customer")
            .filter(header("customerEmail").isNotNull())
            .setHeader("Subject", simple("Your Fernwick order ${header.orderId} has shipped"))
            .setHeader("To", header("customerEmail"))
            .setBody(simple("Good news! Track your parcel: https://track.parcelnorth.example.com/${header.trackingNumber}"))
            .to("smtp://{{mail.host}}:{{mail.port}}?from={{mail.from}}&username={{mail.username}}&password={{mail.password}}");

        from("seda:booking-failures").routeId("booking-failures")
            .log(LoggingLevel.ERROR, "ParcelNorth booking failed for ${header.orderId}")
            .to("log:com.fernwick.camelhub.shipping.failures?showAll=true");
    }
}
