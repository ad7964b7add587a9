package com.fernwick.camelhub.fulfillment.processor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.springframework.stereotype.Component;

/**
 * Reads the inventory-service reservation answer and sets the fulfilment decision header.
 */
@Component("stockDecision")
public class StockDecisionProcessor implements Processor {

    public static final String DECISION = "FernwickFulfilmentDecision";

    private final ObjectMapper mapper = new ObjectMapper();

    @Override
    public void process(Exchange exchange) throws Exception {
        String body = exchange.getMessage().getBody(String.class);
        JsonNode reply = mapper.readTree(body);
        boolean allReserved = reply.path("allReserved").asBoolean(false);
        exchange.getMessage().setHeader(DECISION, allReserved ? "SHIP" : "BACKORDER");
        exchange.getMessage().setHeader("reservationId", reply.path("reservationId").asText());
    }
}
