package io.tidemark.order.rest;

import io.tidemark.order.model.EntityNotFoundException;
import io.tidemark.order.model.PurchaseOrder;
import io.tidemark.order.service.OrderService;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

@Path("/orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrderResource {

    @Inject
    OrderService orderService;

    @POST
    public Response create(@Valid CreateOrderRequest request) {
        PurchaseOrder order = orderService.addOrder(request.toOrder());
        return Response.status(Response.Status.CREATED).entity(order).build();
    }

    @GET
    @Path("/{orderId}")
    public PurchaseOrder get(@PathParam("orderId") long orderId) {
        return orderService.find(orderId);
    }

    @PUT
    @Path("/{orderId}/lines/{orderLineId}")
    public PurchaseOrder updateLine(@PathParam("orderId") long orderId,
                                    @PathParam("orderLineId") long orderLineId,
                                    @Valid UpdateOrderLineRequest request) {
        return orderService.updateOrderLine(orderId, orderLineId, request.newStatus);
    }

    @ServerExceptionMapper
    public Response notFound(EntityNotFoundException e) {
        return Response.status(Response.Status.NOT_FOUND).entity(e.getMessage()).build();
    }
}
