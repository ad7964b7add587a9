package io.hearthmart.shipping.application;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.util.UUID;

@Service
public class ShippingService {

  private static final Logger LOG = LoggerFactory.getLogger(ShippingService.class);

  public String createShipment(String pickId, String recipientName, String recipientAddress, String logisticsProvider) {
    // A real implementation would book a parcel with HearthFreight's label API.
    // We just make up a tracking number for the demo.
    String shipmentId = "HF" + UUID.randomUUID().toString().substring(0, 10).toUpperCase();
    LOG.info("Shipment {} for pick {} to {} via {}", shipmentId, pickId, recipientName, logisticsProvider);
    return shipmentId;
  }
}
