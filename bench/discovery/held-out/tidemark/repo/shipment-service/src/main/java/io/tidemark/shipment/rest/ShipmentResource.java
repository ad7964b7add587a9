package io.tidemark.shipment.rest;

import java.util.List;

import io.tidemark.shipment.model.Shipment;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@Path("/shipments")
@Produces(MediaType.APPLICATION_JSON)
public class ShipmentResource {

    @GET
    public List<Shipment> byCustomer(@QueryParam("customerId") String customerId) {
        return Shipment.list("customerId", customerId);
    }

    @GET
    @Path("/order/{orderId}")
    public Shipment byOrder(@PathParam("orderId") long orderId) {
        Shipment shipment = Shipment.forOrder(orderId);
        if (shipment == null) {
            throw new NotFoundException();
        }
        return shipment;
    }
}
