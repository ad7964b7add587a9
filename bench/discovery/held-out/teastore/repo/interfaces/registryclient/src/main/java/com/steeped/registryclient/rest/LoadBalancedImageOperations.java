package com.steeped.registryclient.rest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.ws.rs.client.Entity;
import javax.ws.rs.core.GenericType;
import javax.ws.rs.core.MediaType;

import com.steeped.entities.Product;
import com.steeped.registryclient.Service;

/** Fetches base64 product and web images from the image service. */
public final class LoadBalancedImageOperations {

  public static final String SIZE_PREVIEW = "125x125";
  public static final String SIZE_FULL = "300x300";

  private LoadBalancedImageOperations() {
  }

  public static Map<Long, String> getProductPreviewImages(List<Product> products) {
    Map<Long, String> request = new HashMap<>();
    products.forEach(p -> request.put(p.getId(), SIZE_PREVIEW));
    return ServiceLoadBalancer.loadBalanceRESTOperation(Service.IMAGE, "image", target ->
        HttpWrapper.wrap(target.path("getProductImages"))
            .post(Entity.entity(request, MediaType.APPLICATION_JSON))
            .readEntity(new GenericType<Map<Long, String>>() { }));
  }

  public static String getProductImage(Product product) {
    Map<Long, String> request = new HashMap<>();
    request.put(product.getId(), SIZE_FULL);
    Map<Long, String> result = ServiceLoadBalancer.loadBalanceRESTOperation(Service.IMAGE,
        "image", target -> HttpWrapper.wrap(target.path("getProductImages"))
            .post(Entity.entity(request, MediaType.APPLICATION_JSON))
            .readEntity(new GenericType<Map<Long, String>>() { }));
    return result.get(product.getId());
  }

  public static Map<String, String> getWebImages(List<String> names, String size) {
    Map<String, String> request = new HashMap<>();
    names.forEach(n -> request.put(n, size));
    return ServiceLoadBalancer.loadBalanceRESTOperation(Service.IMAGE, "image", target ->
        HttpWrapper.wrap(target.path("getWebImages"))
            .post(Entity.entity(request, MediaType.APPLICATION_JSON))
            .readEntity(new GenericType<Map<String, String>>() { }));
  }
}
