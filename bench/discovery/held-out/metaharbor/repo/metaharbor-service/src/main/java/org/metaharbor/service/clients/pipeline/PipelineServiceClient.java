package org.metaharbor.service.clients.pipeline;

import java.util.Map;
import lombok.Getter;
import org.metaharbor.service.config.PipelineServiceClientConfiguration;

/**
 * Client to interact with the Pipeline Service (Airflow by default). Implementations are loaded
 * by class name from pipelineServiceClientConfiguration.className.
 */
public abstract class PipelineServiceClient {
  protected final String hostIp;
  protected final boolean ingestionIpInfoEnabled;
  @Getter private final String platform;
  protected static final String SERVER_VERSION = "1.3.1";

  protected PipelineServiceClient(PipelineServiceClientConfiguration config) {
    this.hostIp = config.getHostIp();
    this.ingestionIpInfoEnabled = Boolean.TRUE.equals(config.getIngestionIpInfoEnabled());
    this.platform = "Airflow";
  }

  /** Check the pipeline service status with an exception backoff. */
  public abstract Map<String, Object> getServiceStatus();

  public abstract Map<String, Object> deployPipeline(String ingestionPipelineJson, String serviceJson);

  public abstract Map<String, Object> runPipeline(String pipelineName);

  public abstract Map<String, Object> deletePipeline(String pipelineName);

  public abstract Map<String, Object> getLastIngestionLogs(String pipelineName, String after);

  public abstract Map<String, Object> killIngestion(String pipelineName);

  public abstract Map<String, String> requestGetHostIp();
}
