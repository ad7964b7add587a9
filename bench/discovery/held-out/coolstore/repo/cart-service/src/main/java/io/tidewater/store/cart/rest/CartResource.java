package io.tidewater.store.cart.rest;

import io.tidewater.store.cart.model.Order;
import io.tidewater.store.cart.model.ShoppingCart;
import io.tidewater.store.cart.service.ShoppingCartService;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/api/cart")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CartResource {

    @Inject
    ShoppingCartService service;

    public static class CheckoutRequest {
        public String name;
        public String email;
        public String creditCard;
        public String expDate;
    }

    @GET
    @Path("/{cartId}")
    public ShoppingCart get(@PathParam("cartId") String cartId) {
        return service.getCart(cartId);
    }

    @POST
    @Path("/{cartId}/{itemId}/{quantity}")
    public ShoppingCart add(@PathParam("cartId") String cartId, @PathParam("itemId") String itemId,
                            @PathParam("quantity") int quantity) {
        return service.addItem(cartId, itemId, quantity);
    }

    @DELETE
    @Path("/{cartId}/{itemId}/{quantity}")
    public ShoppingCart remove(@PathParam("cartId") String cartId, @PathParam("itemId") String itemId,
                               @PathParam("quantity") int quantity) {
        return service.removeItem(cartId, itemId, quantity);
    }

    @POST
    @Path("/checkout/{cartId}")
    public Order checkout(@PathParam("cartId") String cartId, CheckoutRequest req) {
        return service.checkout(cartId, req.name, req.email, req.creditCard, req.expDate);
    }
}
