package io.legendsarena.location.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class LocationGrpcServiceTests {
  @GrpcClient
  Locations locations;

  @Test
  void hello() {
    var reply = this.locations.hello(HelloRequest.newBuilder().build()).await().indefinitely();
    assertThat(reply.getMessage()).isEqualTo("Hello Location Service");
  }
}
