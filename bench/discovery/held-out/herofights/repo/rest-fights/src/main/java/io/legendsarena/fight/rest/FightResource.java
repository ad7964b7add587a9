package io.legendsarena.fight.rest;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestPath;

import io.legendsarena.fight.Fight;
import io.legendsarena.fight.FightImage;
import io.legendsarena.fight.FightLocation;
import io.legendsarena.fight.FightRequest;
import io.legendsarena.fight.FightToNarrate;
import io.legendsarena.fight.Fighters;
import io.legendsarena.fight.service.FightService;
import io.smallrye.mutiny.Uni;

@Path("/api/fights")
@Produces(MediaType.APPLICATION_JSON)
public class FightResource {
  private final FightService service;

  public FightResource(FightService service) {
    this.service = service;
  }

  @GET
  @Path("/randomfighters")
  public Uni<Fighters> getRandomFighters() {
    return this.service.findRandomFighters();
  }

  @GET
  @Path("/randomlocation")
  public Uni<FightLocation> getRandomLocation() {
    return this.service.findRandomLocation();
  }

  @GET
  public Uni<List<Fight>> getAllFights() {
    return this.service.findAllFights();
  }

  @GET
  @Path("/{id}")
  public Uni<Response> getFight(@RestPath String id) {
    return this.service.findFightById(id)
      .onItem().ifNotNull().transform(f -> Response.ok(f).build())
      .replaceIfNullWith(() -> Response.status(Response.Status.NOT_FOUND).build());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Uni<Fight> perform(@NotNull @Valid FightRequest fightRequest) {
    return this.service.performFight(fightRequest);
  }

  @POST
  @Path("/narrate")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.TEXT_PLAIN)
  public Uni<String> narrateFight(@NotNull FightToNarrate fight) {
    return this.service.narrateFight(fight);
  }

  @POST
  @Path("/narrate/image")
  @Consumes(MediaType.TEXT_PLAIN)
  public Uni<FightImage> generateImageFromNarration(@NotNull String narration) {
    return this.service.generateImageFromNarration(narration);
  }

  @GET
  @Path("/hello/heroes")
  @Produces(MediaType.TEXT_PLAIN)
  public Uni<String> helloHeroes() {
    return this.service.helloHeroes();
  }

  @GET
  @Path("/hello/villains")
  @Produces(MediaType.TEXT_PLAIN)
  public Uni<String> helloVillains() {
    return this.service.helloVillains();
  }

  @GET
  @Path("/hello/locations")
  @Produces(MediaType.TEXT_PLAIN)
  public Uni<String> helloLocations() {
    return this.service.helloLocations();
  }
}
