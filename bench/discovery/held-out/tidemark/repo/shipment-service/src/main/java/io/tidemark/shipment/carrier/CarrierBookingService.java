package io.tidemark.shipment.carrier;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.tidemark.shipment.model.Shipment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

@ApplicationScoped
public class CarrierBookingService {

    @Inject
    @RestClient
    CarrierClient carrier;

    @ConfigProperty(name = "tidemark.carrier.from-address-id")
    String fromAddressId;

    @Retry(maxRetries = 3, delay = 500)
    public CarrierShipment book(Shipment shipment, String toAddressId, double weightOz) {
        var request = new CarrierShipmentRequest(new CarrierShipmentRequest.Shipment(
                "tidemark-order-" + shipment.orderId,
                new CarrierShipmentRequest.Address(fromAddressId),
                new CarrierShipmentRequest.Address(toAddressId),
                new CarrierShipmentRequest.Parcel(weightOz)));
        return carrier.create(request);
    }

    public void cancel(Shipment shipment) {
        if (shipment.carrierShipmentId != null) {
            carrier.refund(shipment.carrierShipmentId);
        }
    }
}
