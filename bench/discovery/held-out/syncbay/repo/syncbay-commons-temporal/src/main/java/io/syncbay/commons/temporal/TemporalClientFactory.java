package io.syncbay.commons.temporal;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import jakarta.inject.Singleton;
import java.time.Duration;

/**
 * Builds the gRPC stubs and the workflow client used by every component that talks to Temporal.
 */
@Factory
public class TemporalClientFactory {

  @Singleton
  public WorkflowServiceStubs workflowServiceStubs(@Value("${temporal.host}") final String temporalHost) {
    final WorkflowServiceStubsOptions options = WorkflowServiceStubsOptions.newBuilder()
        .setTarget(temporalHost)
        .setRpcTimeout(Duration.ofSeconds(30))
        .build();
    return WorkflowServiceStubs.newServiceStubs(options);
  }

  @Singleton
  public WorkflowClient workflowClient(final WorkflowServiceStubs stubs,
                                       @Value("${temporal.namespace:default}") final String namespace) {
    return WorkflowClient.newInstance(stubs, WorkflowClientOptions.newBuilder().setNamespace(namespace).build());
  }
}
