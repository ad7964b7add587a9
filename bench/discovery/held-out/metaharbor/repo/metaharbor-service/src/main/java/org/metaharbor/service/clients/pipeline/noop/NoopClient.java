package org.metaharbor.service.clients.pipeline.noop;

import java.util.Map;
import org.metaharbor.service.clients.pipeline.PipelineServiceClient;
import org.metaharbor.service.config.PipelineServiceClientConfiguration;

/** Used when pipelineServiceClientConfiguration.enabled is false. */
public class NoopClient extends PipelineServiceClient {
  public NoopClient(PipelineServiceClientConfiguration config) {
    super(config);
  }

  @Override
  public Map<String, Object> getServiceStatus() {
    return Map.of("code", 200, "platform", "Noop");
  }

  @Override
  public Map<String, Object> deployPipeline(String ingestionPipelineJson, String serviceJson) {
    return Map.of();
  }

  @Override
  public Map<String, Object> runPipeline(String pipelineName) {
    return Map.of();
  }

  @Override
  public Map<String, Object> deletePipeline(String pipelineName) {
    return Map.of();
  }

  @Override
  public Map<String, Object> getLastIngestionLogs(String pipelineName, String after) {
    return Map.of();
  }

  @Override
  public Map<String, Object> killIngestion(String pipelineName) {
    return Map.of();
  }

  @Override
  public Map<String, String> requestGetHostIp() {
    return Map.of();
  }
}
