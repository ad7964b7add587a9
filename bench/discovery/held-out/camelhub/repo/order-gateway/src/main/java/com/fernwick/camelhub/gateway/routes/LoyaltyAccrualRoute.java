package com.fernwick.camelhub.gateway.routes;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Loyalty points accrual.
 *
 * Parked until the Trailpoints loyalty platform goes live (FWK-1182). The route is only
 * started when camelhub.loyalty.enabled=true; it is false in every environment today.
 */
@Component
public class LoyaltyAccrualRoute extends RouteBuilder {

    @Override
    public void configure() {
        from("kafka:{{camelhub.topic.orders}}?groupId=order-gateway-loyalty&autoOffsetReset=latest")
            .routeId("loyalty-accrual")
            .autoStartup("{{camelhub.loyalty.enabled}}")
            .setHeader(Exchange.HTTP_METHOD, constant("POST"))
            .setHeader(Exchange.CONTENT_TYPE, constant("application/json"))
            .to("http://{{loyalty.service.host}}/api/points/accrue")
            .log("Loyalty points accrued for ${header.kafka.KEY}");
    }
}
