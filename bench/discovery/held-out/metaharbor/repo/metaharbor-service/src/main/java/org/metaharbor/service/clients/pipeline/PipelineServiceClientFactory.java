package org.metaharbor.service.clients.pipeline;

import lombok.extern.slf4j.Slf4j;
import org.metaharbor.service.clients.pipeline.noop.NoopClient;
import org.metaharbor.service.config.PipelineServiceClientConfiguration;

@Slf4j
public final class PipelineServiceClientFactory {
  private static PipelineServiceClient pipelineServiceClient;

  private PipelineServiceClientFactory() {}

  public static PipelineServiceClient createPipelineServiceClient(
      PipelineServiceClientConfiguration config) {
    if (pipelineServiceClient != null) {
      return pipelineServiceClient;
    }
    if (config == null || !Boolean.TRUE.equals(config.getEnabled())) {
      pipelineServiceClient = new NoopClient(new PipelineServiceClientConfiguration());
      return pipelineServiceClient;
    }
    String pipelineServiceClientClass = config.getClassName();
    LOG.debug("Registering PipelineServiceClient: {}", pipelineServiceClientClass);
    try {
      pipelineServiceClient =
          Class.forName(pipelineServiceClientClass)
              .asSubclass(PipelineServiceClient.class)
              .getConstructor(PipelineServiceClientConfiguration.class)
              .newInstance(config);
      return pipelineServiceClient;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(
          String.format("Error trying to load PipelineServiceClient %s", pipelineServiceClientClass), e);
    }
  }
}
