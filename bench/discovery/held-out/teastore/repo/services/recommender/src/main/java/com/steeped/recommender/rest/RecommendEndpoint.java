package com.steeped.recommender.rest;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import com.steeped.entities.OrderItem;
import com.steeped.recommender.TrainingSynchronizer;

@Path("")
@Produces(MediaType.APPLICATION_JSON)
public class RecommendEndpoint {

  @POST
  @Path("recommend")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response recommend(List<OrderItem> items, @QueryParam("uid") Long uid) {
    if (!TrainingSynchronizer.SYNC.isReady()) {
      return Response.status(Response.Status.SERVICE_UNAVAILABLE).build();
    }
    return Response.ok(TrainingSynchronizer.SYNC.getRecommender().recommend(uid, items)).build();
  }

  @GET
  @Path("train")
  public Response train() {
    TrainingSynchronizer.SYNC.retrain();
    return Response.ok().build();
  }

  @GET
  @Path("ready/isready")
  public Response ready() {
    return TrainingSynchronizer.SYNC.isReady() ? Response.ok("true").build()
        : Response.status(Response.Status.SERVICE_UNAVAILABLE).build();
  }
}
