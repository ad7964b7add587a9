/*
 *  Copyright 2021 Collate / Metaharbor Authors
 *  Licensed under the Apache License, Version 2.0 (the "License");
 */
package org.metaharbor.service.clients.pipeline.airflow;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.Authenticator;
import java.net.PasswordAuthentication;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import lombok.extern.slf4j.Slf4j;
import org.metaharbor.service.clients.pipeline.PipelineServiceClient;
import org.metaharbor.service.config.PipelineServiceClientConfiguration;

/**
 * Talks to the metaharbor-airflow-apis plugin installed in the Airflow webserver of the
 * ingestion container. Base URL comes from pipelineServiceClientConfiguration.apiEndpoint.
 */
@Slf4j
public class AirflowRESTClient extends PipelineServiceClient {
  private static final String PLATFORM = "Airflow";
  private static final String USERNAME_KEY = "username";
  private static final String PASSWORD_KEY = "password";
  private static final String TIMEOUT_KEY = "timeout";
  private static final String API_ENDPOINT = "api/v1/metaharbor";
  private static final String DAG_ID = "dag_id";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  protected final String username;
  protected final String password;
  protected final HttpClient client;
  protected final URL serviceURL;

  public AirflowRESTClient(PipelineServiceClientConfiguration config) throws Exception {
    super(config);
    Map<String, Object> params = config.getParameters();
    this.username = (String) params.get(USERNAME_KEY);
    this.password = (String) params.get(PASSWORD_KEY);
    this.serviceURL = new URL(config.getApiEndpoint());
    int timeout = Integer.parseInt(String.valueOf(params.getOrDefault(TIMEOUT_KEY, 10)));
    this.client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(timeout))
            .authenticator(
                new Authenticator() {
                  @Override
                  protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(username, password.toCharArray());
                  }
                })
            .build();
  }

  private String buildURI(String path) {
    return String.format("%s/%s/%s", serviceURL.toString(), API_ENDPOINT, path);
  }

  private HttpResponse<String> post(String url, String requestPayload) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/json")
            .header("Authorization", basicAuth())
            .POST(HttpRequest.BodyPublishers.ofString(requestPayload))
            .build();
    return client.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String url) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/json")
            .header("Authorization", basicAuth())
            .GET()
            .build();
    return client.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private String basicAuth() {
    return "Basic "
        + Base64.getEncoder().encodeToString((username + ":" + password).getBytes());
  }

  @Override
  public Map<String, Object> deployPipeline(String ingestionPipelineJson, String serviceJson) {
    try {
      HttpResponse<String> response = post(buildURI("deploy"), ingestionPipelineJson);
      return Map.of("code", response.statusCode(), "reason", response.body());
    } catch (Exception e) {
      throw new PipelineServiceClientException("Failed to deploy Ingestion Pipeline", e);
    }
  }

  @Override
  public Map<String, Object> runPipeline(String pipelineName) {
    try {
      String body = MAPPER.writeValueAsString(Map.of(DAG_ID, pipelineName));
      HttpResponse<String> response = post(buildURI("trigger"), body);
      return Map.of("code", response.statusCode(), "reason", response.body());
    } catch (Exception e) {
      throw new PipelineServiceClientException("Failed to trigger Ingestion Pipeline", e);
    }
  }

  @Override
  public Map<String, Object> deletePipeline(String pipelineName) {
    try {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(buildURI("delete") + "?dag_id=" + pipelineName))
              .header("Authorization", basicAuth())
              .DELETE()
              .build();
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      return Map.of("code", response.statusCode(), "reason", response.body());
    } catch (Exception e) {
      throw new PipelineServiceClientException("Failed to delete Airflow Pipeline", e);
    }
  }

  @Override
  public Map<String, Object> getServiceStatus() {
    try {
      HttpResponse<String> response = get(buildURI("health-auth"));
      if (response.statusCode() == 200) {
        Map<?, ?> body = MAPPER.readValue(response.body(), Map.class);
        return Map.of("code", 200, "platform", PLATFORM, "version", body.get("version"));
      }
      return Map.of("code", response.statusCode(), "platform", PLATFORM,
          "reason", "Failed to connect to Airflow: " + response.body());
    } catch (Exception e) {
      return Map.of("code", 500, "platform", PLATFORM, "reason", e.getMessage());
    }
  }

  @Override
  public Map<String, Object> getLastIngestionLogs(String pipelineName, String after) {
    try {
      String url = buildURI("last_dag_logs") + "?dag_id=" + pipelineName
          + (after != null ? "&after=" + after : "");
      HttpResponse<String> response = get(url);
      return MAPPER.readValue(response.body(), Map.class);
    } catch (Exception e) {
      throw new PipelineServiceClientException("Failed to get last ingestion logs.", e);
    }
  }

  @Override
  public Map<String, Object> killIngestion(String pipelineName) {
    try {
      String body = MAPPER.writeValueAsString(Map.of(DAG_ID, pipelineName));
      HttpResponse<String> response = post(buildURI("kill"), body);
      return Map.of("code", response.statusCode(), "reason", response.body());
    } catch (Exception e) {
      throw new PipelineServiceClientException("Failed to kill running workflows", e);
    }
  }

  @Override
  public Map<String, String> requestGetHostIp() {
    try {
      HttpResponse<String> response = get(buildURI("ip"));
      return MAPPER.readValue(response.body(), Map.class);
    } catch (Exception e) {
      return Map.of("ip", "Failed to find the IP of Airflow Container");
    }
  }

  public static class PipelineServiceClientException extends RuntimeException {
    public PipelineServiceClientException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
