package org.metaharbor.service.config;

import java.util.Map;
import lombok.Data;

/** Generated from metaharbor-spec pipelineServiceClientConfiguration.json (hand-trimmed). */
@Data
public class PipelineServiceClientConfiguration {
  private Boolean enabled = true;
  private String className;
  /** External API root to interact with the Pipeline Service Client (Airflow). */
  private String apiEndpoint;
  /** Metaharbor api endpoint handed to the pipelines, e.g. http://localhost:8585/api */
  private String metadataApiEndpoint;
  private Boolean ingestionIpInfoEnabled = false;
  private String hostIp;
  private Integer healthCheckInterval = 300;
  private String verifySSL = "no-ssl";
  private Map<String, Object> sslConfig;
  private String secretsManagerLoader = "noop";
  private Map<String, Object> parameters;
}
