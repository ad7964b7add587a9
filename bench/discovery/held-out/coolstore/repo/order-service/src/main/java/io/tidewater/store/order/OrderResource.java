package io.tidewater.store.order;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

@Path("/api/orders")
@Produces(MediaType.APPLICATION_JSON)
public class OrderResource {

    @GET
    public List<Order> list() {
        return Order.listAll();
    }

    @GET
    @Path("/{orderId}")
    public Order get(@PathParam("orderId") String orderId) {
        Order o = Order.findByOrderId(orderId);
        if (o == null) {
            throw new NotFoundException();
        }
        return o;
    }
}
