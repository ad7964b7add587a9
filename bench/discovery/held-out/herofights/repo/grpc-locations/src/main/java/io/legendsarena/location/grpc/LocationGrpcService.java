package io.legendsarena.location.grpc;

import jakarta.transaction.Transactional;

import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import io.legendsarena.location.repository.LocationRepository;
import io.quarkus.grpc.GrpcService;
import io.smallrye.common.annotation.Blocking;

import com.google.protobuf.Empty;

@GrpcService
public class LocationGrpcService extends LocationsGrpc.LocationsImplBase {
  private final LocationRepository locationRepository;

  public LocationGrpcService(LocationRepository locationRepository) {
    this.locationRepository = locationRepository;
  }

  @Override
  @Blocking
  @Transactional
  public void getRandomLocation(RandomLocationRequest request, StreamObserver<Location> responseObserver) {
    this.locationRepository.findRandom()
      .map(LocationGrpcService::toGrpcLocation)
      .ifPresentOrElse(
        location -> {
          responseObserver.onNext(location);
          responseObserver.onCompleted();
        },
        () -> responseObserver.onError(Status.NOT_FOUND.withDescription("A random location was not found").asException())
      );
  }

  @Override
  @Blocking
  @Transactional
  public void getLocationByName(GetLocationRequest request, StreamObserver<Location> responseObserver) {
    this.locationRepository.findByName(request.getName())
      .map(LocationGrpcService::toGrpcLocation)
      .ifPresentOrElse(
        location -> {
          responseObserver.onNext(location);
          responseObserver.onCompleted();
        },
        () -> responseObserver.onError(Status.NOT_FOUND.withDescription("A location named '%s' was not found".formatted(request.getName())).asException())
      );
  }

  @Override
  @Blocking
  @Transactional
  public void getAllLocations(AllLocationsRequest request, StreamObserver<LocationsList> responseObserver) {
    var locations = this.locationRepository.listAll().stream().map(LocationGrpcService::toGrpcLocation).toList();
    responseObserver.onNext(LocationsList.newBuilder().addAllLocations(locations).build());
    responseObserver.onCompleted();
  }

  @Override
  @Blocking
  @Transactional
  public void deleteAllLocations(DeleteAllLocationsRequest request, StreamObserver<Empty> responseObserver) {
    this.locationRepository.deleteAll();
    responseObserver.onNext(Empty.getDefaultInstance());
    responseObserver.onCompleted();
  }

  @Override
  public void hello(HelloRequest request, StreamObserver<HelloReply> responseObserver) {
    responseObserver.onNext(HelloReply.newBuilder().setMessage("Hello Location Service").build());
    responseObserver.onCompleted();
  }

  private static Location toGrpcLocation(io.legendsarena.location.repository.Location location) {
    return Location.newBuilder()
      .setName(location.getName())
      .setDescription(location.getDescription() != null ? location.getDescription() : "")
      .setPicture(location.getPicture() != null ? location.getPicture() : "")
      .setType(LocationType.valueOf(location.getType().name()))
      .build();
  }
}
