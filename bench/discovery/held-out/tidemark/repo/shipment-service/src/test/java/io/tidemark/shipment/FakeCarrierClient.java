package io.tidemark.shipment;

import io.tidemark.shipment.carrier.CarrierClient;
import io.tidemark.shipment.carrier.CarrierShipment;
import io.tidemark.shipment.carrier.CarrierShipmentRequest;

class FakeCarrierClient implements CarrierClient {

    int created;

    @Override
    public CarrierShipment create(CarrierShipmentRequest request) {
        created++;
        return new CarrierShipment("shp_fake_" + created, "TRK" + created, "pre_transit");
    }

    @Override
    public CarrierShipment refund(String carrierShipmentId) {
        return new CarrierShipment(carrierShipmentId, null, "cancelled");
    }
}
