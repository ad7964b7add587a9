package com.steeped.auth.rest;

import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import com.steeped.auth.security.ShaSecurityProvider;
import com.steeped.entities.OrderItem;
import com.steeped.entities.Product;
import com.steeped.entities.SessionBlob;
import com.steeped.registryclient.Service;
import com.steeped.registryclient.rest.LoadBalancedCRUDOperations;
import com.steeped.registryclient.util.NotFoundException;

/** The cart lives inside the signed session blob; prices come from persistence. */
@Path("cart")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthCartRest {

  private final ShaSecurityProvider security = new ShaSecurityProvider();

  @POST
  @Path("add/{pid}")
  public Response add(SessionBlob blob, @PathParam("pid") long pid) {
    for (OrderItem item : blob.getOrderItems()) {
      if (item.getProductId() == pid) {
        item.setQuantity(item.getQuantity() + 1);
        return Response.ok(security.secure(blob)).build();
      }
    }
    Product product;
    try {
      product = LoadBalancedCRUDOperations.getEntity(Service.PERSISTENCE, "products",
          Product.class, pid);
    } catch (NotFoundException e) {
      return Response.status(Response.Status.NOT_FOUND).build();
    }
    OrderItem item = new OrderItem();
    item.setProductId(pid);
    item.setQuantity(1);
    item.setUnitPriceInCents(product.getListPriceInCents());
    blob.getOrderItems().add(item);
    return Response.ok(security.secure(blob)).build();
  }

  @POST
  @Path("remove/{pid}")
  public Response remove(SessionBlob blob, @PathParam("pid") long pid) {
    blob.getOrderItems().removeIf(i -> i.getProductId() == pid);
    return Response.ok(security.secure(blob)).build();
  }

  @PUT
  @Path("{pid}")
  public Response update(SessionBlob blob, @PathParam("pid") long pid,
      @QueryParam("quantity") int quantity) {
    for (OrderItem item : blob.getOrderItems()) {
      if (item.getProductId() == pid) {
        item.setQuantity(Math.max(1, quantity));
      }
    }
    return Response.ok(security.secure(blob)).build();
  }
}
