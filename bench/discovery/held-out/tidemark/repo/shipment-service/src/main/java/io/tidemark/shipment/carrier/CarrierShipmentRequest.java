package io.tidemark.shipment.carrier;

import com.fasterxml.jackson.annotation.JsonProperty;

public record CarrierShipmentRequest(Shipment shipment) {

    public record Shipment(@JsonProperty("reference") String reference,
                           @JsonProperty("from_address") Address fromAddress,
                           @JsonProperty("to_address") Address toAddress,
                           @JsonProperty("parcel") Parcel parcel) {
    }

    public record Address(@JsonProperty("id") String id) {
    }

    public record Parcel(@JsonProperty("weight") double weightOz) {
    }
}
