package io.legendsarena.fight.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.legendsarena.fight.FightImage;
import io.legendsarena.fight.FightToNarrate;
import io.smallrye.mutiny.Uni;

@Path("/api/narration")
@RegisterRestClient(configKey = "narration-client")
public interface NarrationClient {
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.TEXT_PLAIN)
  Uni<String> narrate(FightToNarrate fight);

  @POST
  @Path("/image")
  @Consumes(MediaType.TEXT_PLAIN)
  @Produces(MediaType.APPLICATION_JSON)
  Uni<FightImage> generateImageFromNarration(String narration);

  @GET
  @Path("/hello")
  @Produces(MediaType.TEXT_PLAIN)
  Uni<String> hello();
}
