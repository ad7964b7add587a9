package com.steeped.persistence.rest;

import java.util.List;

import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import com.steeped.entities.Product;
import com.steeped.persistence.repository.ProductRepository;

@Path("products")
@Produces(MediaType.APPLICATION_JSON)
public class ProductEndpoint {

  @GET
  public List<Product> list(@QueryParam("start") @DefaultValue("-1") int start,
      @QueryParam("max") @DefaultValue("-1") int max) {
    return ProductRepository.REPOSITORY.getAll(start, max);
  }

  @GET
  @Path("category/{category}")
  public List<Product> byCategory(@PathParam("category") long category,
      @QueryParam("start") @DefaultValue("-1") int start,
      @QueryParam("max") @DefaultValue("-1") int max) {
    return ProductRepository.REPOSITORY.getByCategory(category, start, max);
  }

  @GET
  @Path("count/{category}")
  public Response count(@PathParam("category") long category) {
    return Response.ok(ProductRepository.REPOSITORY.countByCategory(category)).build();
  }

  @GET
  @Path("{id}")
  public Response get(@PathParam("id") long id) {
    Product p = ProductRepository.REPOSITORY.find(id);
    return p == null ? Response.status(Response.Status.NOT_FOUND).build() : Response.ok(p).build();
  }
}
