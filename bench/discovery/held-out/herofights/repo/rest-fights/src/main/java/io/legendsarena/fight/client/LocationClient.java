package io.legendsarena.fight.client;

import jakarta.enterprise.context.ApplicationScoped;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.legendsarena.fight.FightLocation;
import io.legendsarena.location.grpc.HelloRequest;
import io.legendsarena.location.grpc.Locations;
import io.legendsarena.location.grpc.RandomLocationRequest;
import io.quarkus.grpc.GrpcClient;
import io.smallrye.mutiny.Uni;

/**
 * gRPC client for the location service. Host/port come from
 * {@code quarkus.grpc.clients.locations.*}.
 */
@ApplicationScoped
public class LocationClient {
  private final Locations locationClient;

  public LocationClient(@GrpcClient("locations") Locations locationClient) {
    this.locationClient = locationClient;
  }

  public Uni<FightLocation> findRandomLocation() {
    return this.locationClient.getRandomLocation(RandomLocationRequest.newBuilder().build())
      .map(l -> new FightLocation(l.getName(), l.getDescription(), l.getPicture()))
      .onFailure(StatusRuntimeException.class)
      .recoverWithUni(t -> ((StatusRuntimeException) t).getStatus().getCode() == Status.Code.NOT_FOUND ?
        Uni.createFrom().nullItem() :
        Uni.createFrom().failure(t));
  }

  public Uni<String> helloLocations() {
    return this.locationClient.hello(HelloRequest.newBuilder().build())
      .map(reply -> reply.getMessage());
  }
}
