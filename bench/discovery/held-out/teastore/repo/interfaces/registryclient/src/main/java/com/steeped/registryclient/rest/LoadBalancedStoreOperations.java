package com.steeped.registryclient.rest;

import javax.ws.rs.client.Entity;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import com.steeped.entities.SessionBlob;
import com.steeped.registryclient.Service;

/** Store operations offered by the auth service: login, cart, order placement. */
public final class LoadBalancedStoreOperations {

  private LoadBalancedStoreOperations() {
  }

  public static SessionBlob login(SessionBlob blob, String name, String password) {
    return ServiceLoadBalancer.loadBalanceRESTOperation(Service.AUTH, "useractions", target -> {
      Response r = HttpWrapper.wrap(target.path("login").queryParam("name", name)
          .queryParam("password", password)).post(Entity.entity(blob, MediaType.APPLICATION_JSON));
      return r.getStatus() == 200 ? r.readEntity(SessionBlob.class) : null;
    });
  }

  public static SessionBlob logout(SessionBlob blob) {
    return post("useractions", "logout", blob);
  }

  public static boolean isLoggedIn(SessionBlob blob) {
    return ServiceLoadBalancer.loadBalanceRESTOperation(Service.AUTH, "useractions", target ->
        HttpWrapper.wrap(target.path("isloggedin")).post(Entity.entity(blob,
            MediaType.APPLICATION_JSON)).readEntity(SessionBlob.class) != null);
  }

  public static SessionBlob addProductToCart(SessionBlob blob, long productId) {
    return post("cart", "add/" + productId, blob);
  }

  public static SessionBlob removeProductFromCart(SessionBlob blob, long productId) {
    return post("cart", "remove/" + productId, blob);
  }

  public static SessionBlob updateQuantity(SessionBlob blob, long productId, int quantity) {
    return ServiceLoadBalancer.loadBalanceRESTOperation(Service.AUTH, "cart", target ->
        HttpWrapper.wrap(target.path(String.valueOf(productId)).queryParam("quantity", quantity))
            .put(Entity.entity(blob, MediaType.APPLICATION_JSON)).readEntity(SessionBlob.class));
  }

  public static SessionBlob placeOrder(SessionBlob blob, String addressName, String address1,
      String address2, String creditCardCompany, String creditCardExpiryDate,
      long totalPriceInCents, String creditCardNumber) {
    return ServiceLoadBalancer.loadBalanceRESTOperation(Service.AUTH, "useractions", target ->
        HttpWrapper.wrap(target.path("placeorder")
            .queryParam("addressName", addressName).queryParam("address1", address1)
            .queryParam("address2", address2).queryParam("creditCardCompany", creditCardCompany)
            .queryParam("creditCardNumber", creditCardNumber)
            .queryParam("creditCardExpiryDate", creditCardExpiryDate)
            .queryParam("totalPriceInCents", totalPriceInCents))
            .post(Entity.entity(blob, MediaType.APPLICATION_JSON)).readEntity(SessionBlob.class));
  }

  private static SessionBlob post(String endpoint, String path, SessionBlob blob) {
    return ServiceLoadBalancer.loadBalanceRESTOperation(Service.AUTH, endpoint, target ->
        HttpWrapper.wrap(target.path(path)).post(Entity.entity(blob, MediaType.APPLICATION_JSON))
            .readEntity(SessionBlob.class));
  }
}
