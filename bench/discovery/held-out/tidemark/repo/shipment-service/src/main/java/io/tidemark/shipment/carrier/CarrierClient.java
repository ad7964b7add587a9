package io.tidemark.shipment.carrier;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** EasyPost shipments API; base URL comes from quarkus.rest-client.carrier-api.url. */
@RegisterRestClient(configKey = "carrier-api")
@RegisterClientHeaders(CarrierAuthHeaders.class)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public interface CarrierClient {

    @POST
    @Path("/shipments")
    CarrierShipment create(CarrierShipmentRequest request);

    @POST
    @Path("/shipments/{id}/refund")
    CarrierShipment refund(@PathParam("id") String carrierShipmentId);
}
