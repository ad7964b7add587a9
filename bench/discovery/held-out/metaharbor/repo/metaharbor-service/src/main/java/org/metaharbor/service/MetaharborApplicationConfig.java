/*
 *  Copyright 2021 Collate / Metaharbor Authors
 *  Licensed under the Apache License, Version 2.0 (the "License");
 */
package org.metaharbor.service;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.core.Configuration;
import io.dropwizard.db.DataSourceFactory;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import lombok.Getter;
import lombok.Setter;
import org.metaharbor.service.config.AuthenticationConfiguration;
import org.metaharbor.service.config.ElasticSearchConfiguration;
import org.metaharbor.service.config.JWTTokenConfiguration;
import org.metaharbor.service.config.PipelineServiceClientConfiguration;
import org.metaharbor.service.config.SmtpSettings;

@Getter
@Setter
public class MetaharborApplicationConfig extends Configuration {
  @JsonProperty("database")
  @NotNull
  @Valid
  private DataSourceFactory dataSourceFactory;

  @JsonProperty("elasticsearch")
  private ElasticSearchConfiguration elasticSearchConfiguration;

  @JsonProperty("authenticationConfiguration")
  private AuthenticationConfiguration authenticationConfiguration;

  @JsonProperty("jwtTokenConfiguration")
  private JWTTokenConfiguration jwtTokenConfiguration;

  @JsonProperty("pipelineServiceClientConfiguration")
  private PipelineServiceClientConfiguration pipelineServiceClientConfiguration;

  @JsonProperty("email")
  private SmtpSettings smtpSettings;

  @JsonProperty("clusterName")
  private String clusterName;

  @Override
  public String toString() {
    return "catalogConfig{"
        + ", dataSourceFactory="
        + dataSourceFactory
        + ", elasticSearchConfiguration="
        + elasticSearchConfiguration
        + '}';
  }
}
