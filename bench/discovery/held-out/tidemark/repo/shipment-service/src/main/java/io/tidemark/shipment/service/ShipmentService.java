package io.tidemark.shipment.service;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;

import io.tidemark.shipment.carrier.CarrierBookingService;
import io.tidemark.shipment.carrier.CarrierShipment;
import io.tidemark.shipment.model.Shipment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

@ApplicationScoped
public class ShipmentService {

    private static final Logger LOG = Logger.getLogger(ShipmentService.class);
    private static final double OZ_PER_ITEM = 16.0;

    @Inject
    CarrierBookingService carrier;

    @Transactional(value = TxType.MANDATORY)
    public void orderCreated(JsonNode event) {
        Shipment shipment = new Shipment();
        shipment.orderId = event.get("id").asLong();
        shipment.customerId = event.get("customerId").asText();
        shipment.orderDate = LocalDateTime.parse(event.get("orderDate").asText()).toInstant(ZoneOffset.UTC);

        int items = 0;
        for (JsonNode line : event.get("lineItems")) {
            items += line.get("quantity").asInt();
        }
        shipment.persist();

        CarrierShipment booked = carrier.book(shipment, "adr_customer_" + shipment.customerId, items * OZ_PER_ITEM);
        shipment.carrierShipmentId = booked.id();
        shipment.trackingCode = booked.trackingCode();
        shipment.status = Shipment.Status.BOOKED;
        LOG.infof("Booked shipment %s for order %d", booked.id(), shipment.orderId);
    }

    @Transactional(value = TxType.MANDATORY)
    public void orderLineUpdated(JsonNode event) {
        Shipment shipment = Shipment.forOrder(event.get("orderId").asLong());
        if (shipment == null) {
            LOG.warnf("No shipment for order %s", event.get("orderId"));
            return;
        }
        if ("CANCELLED".equals(event.get("newStatus").asText())) {
            LOG.infof("Order line cancelled on order %d", shipment.orderId);
        }
    }
}
