package com.steeped.image.rest;

import java.util.HashMap;
import java.util.Map;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import com.steeped.image.setup.SetupController;

@Path("image")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ImageProviderEndpoint {

  @POST
  @Path("getProductImages")
  public Response productImages(Map<Long, String> request) {
    Map<Long, String> result = new HashMap<>();
    request.forEach((id, size) -> result.put(id, SetupController.SETUP.getImage(id, size)));
    return Response.ok(result).build();
  }

  @POST
  @Path("getWebImages")
  public Response webImages(Map<String, String> request) {
    Map<String, String> result = new HashMap<>();
    request.forEach((name, size) -> result.put(name,
        SetupController.SETUP.getImage(Math.abs(name.hashCode()), size)));
    return Response.ok(result).build();
  }

  @GET
  @Path("regenerateImages")
  public Response regenerate() {
    new Thread(SetupController.SETUP::generateImages).start();
    return Response.ok().build();
  }

  @GET
  @Path("finished")
  public Response finished() {
    return Response.ok(SetupController.SETUP.isFinished()).build();
  }
}
