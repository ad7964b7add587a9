package org.metaharbor.service.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.metaharbor.service.clients.pipeline.airflow.AirflowRESTClient;
import org.metaharbor.service.config.PipelineServiceClientConfiguration;

class AirflowRESTClientTest {
  @Test
  void unreachableAirflowReportsError() throws Exception {
    PipelineServiceClientConfiguration config = new PipelineServiceClientConfiguration();
    config.setApiEndpoint("http://localhost:18080");
    config.setMetadataApiEndpoint("http://localhost:8585/api");
    config.setParameters(Map.of("username", "admin", "password", "admin", "timeout", 1));
    AirflowRESTClient client = new AirflowRESTClient(config);
    assertEquals(500, client.getServiceStatus().get("code"));
  }
}
