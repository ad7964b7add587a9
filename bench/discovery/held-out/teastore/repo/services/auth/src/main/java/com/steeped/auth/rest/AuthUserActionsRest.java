package com.steeped.auth.rest;

import java.time.LocalDateTime;

import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.mindrot.jbcrypt.BCrypt;

import com.steeped.auth.security.ShaSecurityProvider;
import com.steeped.entities.Order;
import com.steeped.entities.OrderItem;
import com.steeped.entities.SessionBlob;
import com.steeped.entities.User;
import com.steeped.registryclient.Service;
import com.steeped.registryclient.rest.LoadBalancedCRUDOperations;
import com.steeped.registryclient.util.NotFoundException;

/** Login, logout and order placement. Users and orders live in the persistence service. */
@Path("useractions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthUserActionsRest {

  private final ShaSecurityProvider security = new ShaSecurityProvider();

  @POST
  @Path("login")
  public Response login(SessionBlob blob, @QueryParam("name") String name,
      @QueryParam("password") String password) {
    User user;
    try {
      user = LoadBalancedCRUDOperations.getEntityWithProperty(Service.PERSISTENCE, "users",
          User.class, "name", name);
    } catch (NotFoundException e) {
      return Response.status(Response.Status.OK).entity(blob).build();
    }
    if (user != null && BCrypt.checkpw(password, user.getPassword())) {
      blob.setUid(user.getId());
      blob.setSid(java.util.UUID.randomUUID().toString());
      blob = security.secure(blob);
      return Response.ok(blob).build();
    }
    return Response.ok(blob).build();
  }

  @POST
  @Path("logout")
  public Response logout(SessionBlob blob) {
    blob.setUid(null);
    blob.setSid(null);
    blob.setOrder(new Order());
    blob.getOrderItems().clear();
    return Response.ok(security.secure(blob)).build();
  }

  @POST
  @Path("isloggedin")
  public Response isLoggedIn(SessionBlob blob) {
    return Response.ok(security.validate(blob)).build();
  }

  @POST
  @Path("placeorder")
  public Response placeOrder(SessionBlob blob, @QueryParam("totalPriceInCents") long total,
      @QueryParam("addressName") String addressName, @QueryParam("address1") String address1,
      @QueryParam("address2") String address2,
      @QueryParam("creditCardCompany") String creditCardCompany,
      @QueryParam("creditCardNumber") String creditCardNumber,
      @QueryParam("creditCardExpiryDate") String creditCardExpiryDate) {
    if (security.validate(blob) == null || blob.getOrderItems().isEmpty()) {
      return Response.status(Response.Status.NOT_FOUND).build();
    }
    Order order = blob.getOrder();
    order.setUserId(blob.getUid());
    order.setTotalPriceInCents(total);
    order.setAddressName(addressName);
    order.setAddress1(address1);
    order.setAddress2(address2);
    order.setCreditCardCompany(creditCardCompany);
    order.setCreditCardNumber(creditCardNumber);
    order.setCreditCardExpiryDate(creditCardExpiryDate);
    order.setTime(LocalDateTime.now().toString());
    long orderId = LoadBalancedCRUDOperations.sendEntityForCreation(Service.PERSISTENCE,
        "orders", Order.class, order);
    for (OrderItem item : blob.getOrderItems()) {
      item.setOrderId(orderId);
      LoadBalancedCRUDOperations.sendEntityForCreation(Service.PERSISTENCE, "orderitems",
          OrderItem.class, item);
    }
    blob.setOrder(new Order());
    blob.getOrderItems().clear();
    return Response.ok(security.secure(blob)).build();
  }
}
