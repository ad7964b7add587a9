package io.legendsarena.narration.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;

import io.legendsarena.narration.Fight;
import io.legendsarena.narration.Fight.FightImage;
import io.legendsarena.narration.service.ImageGenerationService;
import io.legendsarena.narration.service.NarrationService;
import io.smallrye.common.annotation.Blocking;

@Path("/api/narration")
@Blocking
public class NarrationResource {
  private final Logger logger;
  private final NarrationService narrationService;
  private final ImageGenerationService imageGenerationService;

  public NarrationResource(Logger logger, NarrationService narrationService, ImageGenerationService imageGenerationService) {
    this.logger = logger;
    this.narrationService = narrationService;
    this.imageGenerationService = imageGenerationService;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.TEXT_PLAIN)
  public String narrate(Fight fight) {
    this.logger.debugf("Narrating fight: %s", fight);
    return this.narrationService.narrate(fight);
  }

  @POST
  @Path("/image")
  @Consumes(MediaType.TEXT_PLAIN)
  @Produces(MediaType.APPLICATION_JSON)
  public RestResponse<FightImage> generateImage(String narration) {
    return RestResponse.ok(this.imageGenerationService.generateImageForNarration(narration));
  }

  @GET
  @Path("/hello")
  @Produces(MediaType.TEXT_PLAIN)
  public String hello() {
    return "Hello Narration Resource";
  }
}
