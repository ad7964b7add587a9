package com.steeped.registry;

import java.util.List;

import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/** /steeped.registry/rest/services/{name}/{host:port} */
@Path("services")
@Produces(MediaType.APPLICATION_JSON)
public class RegistryREST {

  @PUT
  @Path("{name}/{location}")
  public Response register(@PathParam("name") String name, @PathParam("location") String location) {
    boolean created = Registry.getInstance().register(name, location);
    return Response.status(created ? Response.Status.CREATED : Response.Status.OK).build();
  }

  @DELETE
  @Path("{name}/{location}")
  public Response unregister(@PathParam("name") String name,
      @PathParam("location") String location) {
    return Registry.getInstance().unregister(name, location) ? Response.ok().build()
        : Response.status(Response.Status.NOT_FOUND).build();
  }

  @GET
  @Path("{name}")
  public List<String> locations(@PathParam("name") String name) {
    return Registry.getInstance().getLocations(name);
  }
}
