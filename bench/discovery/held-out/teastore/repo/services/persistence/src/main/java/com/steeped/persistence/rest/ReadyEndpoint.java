package com.steeped.persistence.rest;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.core.Response;

import com.steeped.persistence.generator.DataGenerator;

/** Used by Kubernetes readiness probes and the webui status page. */
@Path("ready")
public class ReadyEndpoint {

  @GET
  @Path("isready")
  public Response isReady() {
    return DataGenerator.GENERATOR.isMaintenanceMode()
        ? Response.status(Response.Status.SERVICE_UNAVAILABLE).build()
        : Response.ok("true").build();
  }
}
