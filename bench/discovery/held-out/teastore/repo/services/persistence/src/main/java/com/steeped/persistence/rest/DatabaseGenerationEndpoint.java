package com.steeped.persistence.rest;

import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import com.steeped.persistence.generator.DataGenerator;

@Path("generatedb")
@Produces(MediaType.TEXT_PLAIN)
public class DatabaseGenerationEndpoint {

  @GET
  public Response generate(@QueryParam("categories") @DefaultValue("5") int categories,
      @QueryParam("products") @DefaultValue("100") int products,
      @QueryParam("users") @DefaultValue("100") int users,
      @QueryParam("maxorders") @DefaultValue("5") int maxOrders) {
    if (DataGenerator.GENERATOR.isMaintenanceMode()) {
      return Response.status(Response.Status.SERVICE_UNAVAILABLE).entity("busy").build();
    }
    new Thread(() -> DataGenerator.GENERATOR.generate(categories, products, users, maxOrders))
        .start();
    return Response.ok("started").build();
  }

  @GET
  @Path("finished")
  public Response finished() {
    return Response.ok(!DataGenerator.GENERATOR.isMaintenanceMode()).build();
  }
}
