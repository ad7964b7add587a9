package io.tidemark.shipment.carrier;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonIgnoreProperties(ignoreUnknown = true)
public record CarrierShipment(@JsonProperty("id") String id,
                              @JsonProperty("tracking_code") String trackingCode,
                              @JsonProperty("status") String status) {
}
