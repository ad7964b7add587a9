package com.steeped.image.rest;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.core.Response;

/** Kubernetes readiness probe. */
@Path("ready")
public class ReadyEndpoint {

  @GET
  @Path("isready")
  public Response isReady() {
    return Response.ok("true").build();
  }
}
