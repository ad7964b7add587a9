package io.legendsarena.villains;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestPath;

@Path("/api/villains")
@Produces(MediaType.APPLICATION_JSON)
public class VillainResource {
  private final Logger logger;
  private final VillainService service;

  public VillainResource(Logger logger, VillainService service) {
    this.logger = logger;
    this.service = service;
  }

  @GET
  @Path("/random")
  public Response getRandomVillain() {
    return this.service.findRandomVillain()
      .map(v -> {
        this.logger.debugf("Found random villain: %s", v.name);
        return Response.ok(v).build();
      })
      .orElseGet(() -> Response.status(Response.Status.NOT_FOUND).build());
  }

  @GET
  public List<Villain> getAllVillains() {
    return this.service.findAllVillains();
  }

  @GET
  @Path("/{id}")
  public Response getVillain(@RestPath Long id) {
    return this.service.findVillainById(id)
      .map(v -> Response.ok(v).build())
      .orElseGet(() -> Response.status(Response.Status.NOT_FOUND).build());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response createVillain(@Valid @NotNull Villain villain, @Context UriInfo uriInfo) {
    Villain v = this.service.persistVillain(villain);
    URI uri = uriInfo.getAbsolutePathBuilder().path(Long.toString(v.id)).build();
    return Response.created(uri).build();
  }

  @DELETE
  @Path("/{id}")
  public Response deleteVillain(@RestPath Long id) {
    this.service.deleteVillain(id);
    return Response.noContent().build();
  }

  @GET
  @Path("/hello")
  @Produces(MediaType.TEXT_PLAIN)
  public String hello() {
    return "Hello Villain Resource";
  }
}
