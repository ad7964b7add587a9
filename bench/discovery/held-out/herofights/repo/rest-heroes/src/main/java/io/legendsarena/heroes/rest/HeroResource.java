package io.legendsarena.heroes.rest;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.legendsarena.heroes.repository.Hero;
import io.legendsarena.heroes.service.HeroService;
import io.smallrye.mutiny.Uni;

@Path("/api/heroes")
@Produces(MediaType.APPLICATION_JSON)
public class HeroResource {
  private final Logger logger;
  private final HeroService service;

  public HeroResource(Logger logger, HeroService service) {
    this.logger = logger;
    this.service = service;
  }

  @GET
  @Path("/random")
  public Uni<Response> getRandomHero() {
    return this.service.findRandomHero()
      .onItem().ifNotNull().transform(h -> {
        this.logger.debugf("Found random hero: %s", h);
        return Response.ok(h).build();
      })
      .replaceIfNullWith(() -> {
        this.logger.debug("No random hero found");
        return Response.status(Response.Status.NOT_FOUND).build();
      });
  }

  @GET
  public Uni<List<Hero>> getAllHeroes(@RestQuery("name_filter") String nameFilter) {
    return (nameFilter != null) ? this.service.findAllHeroesHavingName(nameFilter) : this.service.findAllHeroes();
  }

  @GET
  @Path("/{id}")
  public Uni<Response> getHero(@RestPath Long id) {
    return this.service.findHeroById(id)
      .onItem().ifNotNull().transform(h -> Response.ok(h).build())
      .replaceIfNullWith(() -> Response.status(Response.Status.NOT_FOUND).build());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Uni<Response> createHero(@Valid @NotNull Hero hero, @jakarta.ws.rs.core.Context UriInfo uriInfo) {
    return this.service.persistHero(hero)
      .map(h -> {
        URI uri = uriInfo.getAbsolutePathBuilder().path(Long.toString(h.getId())).build();
        return Response.created(uri).build();
      });
  }

  @DELETE
  @Path("/{id}")
  public Uni<Void> deleteHero(@RestPath Long id) {
    return this.service.deleteHero(id).replaceWithVoid();
  }

  @GET
  @Path("/hello")
  @Produces(MediaType.TEXT_PLAIN)
  public Uni<String> hello() {
    return Uni.createFrom().item("Hello Hero Resource");
  }
}
