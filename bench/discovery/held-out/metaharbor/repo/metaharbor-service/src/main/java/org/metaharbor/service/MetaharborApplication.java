/*
 *  Copyright 2021 Collate / Metaharbor Authors
 *  Licensed under the Apache License, Version 2.0 (the "License");
 */
package org.metaharbor.service;

import io.dropwizard.assets.AssetsBundle;
import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.core.Application;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.jdbi3.JdbiFactory;
import lombok.extern.slf4j.Slf4j;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.metaharbor.service.clients.pipeline.PipelineServiceClient;
import org.metaharbor.service.clients.pipeline.PipelineServiceClientFactory;
import org.metaharbor.service.jdbi3.CollectionDAO;
import org.metaharbor.service.jdbi3.TableRepository;
import org.metaharbor.service.resources.databases.TableResource;
import org.metaharbor.service.resources.services.ingestionpipelines.IngestionPipelineResource;
import org.metaharbor.service.search.SearchRepository;
import org.metaharbor.service.security.JwtFilter;
import org.metaharbor.service.util.EmailUtil;

/** Main catalog application. Wires DB (JDBI), search, the pipeline service client and the bundled UI. */
@Slf4j
public class MetaharborApplication extends Application<MetaharborApplicationConfig> {
  private Jdbi jdbi;
  private SearchRepository searchRepository;
  private PipelineServiceClient pipelineServiceClient;

  @Override
  public void initialize(Bootstrap<MetaharborApplicationConfig> bootstrap) {
    // Enable variable substitution with environment variables: ${DB_HOST:-localhost}
    bootstrap.setConfigurationSourceProvider(
        new SubstitutingSourceProvider(
            bootstrap.getConfigurationSourceProvider(), new EnvironmentVariableSubstitutor(false)));
    // The React UI is packaged into the metaharbor-ui jar under /assets and served from "/"
    bootstrap.addBundle(new AssetsBundle("/assets", "/", "index.html", "static"));
    super.initialize(bootstrap);
  }

  @Override
  public void run(MetaharborApplicationConfig catalogConfig, Environment environment)
      throws Exception {
    validateConfiguration(catalogConfig);

    // Instantiate JDBI against MySQL or Postgres, depending on database.driverClass
    jdbi = createAndSetupJDBI(environment, catalogConfig.getDataSourceFactory());

    // Search (Elasticsearch or OpenSearch, depending on elasticsearch.searchType)
    searchRepository = new SearchRepository(catalogConfig.getElasticSearchConfiguration());

    // Email (SMTP) - only active when email.enableSmtpServer = true
    EmailUtil.initialize(catalogConfig.getSmtpSettings());

    // Pipeline service client (Airflow REST API in the ingestion container)
    pipelineServiceClient =
        PipelineServiceClientFactory.createPipelineServiceClient(
            catalogConfig.getPipelineServiceClientConfiguration());

    CollectionDAO collectionDAO = jdbi.onDemand(CollectionDAO.class);
    TableRepository tableRepository = new TableRepository(collectionDAO, searchRepository);

    environment.jersey().register(new JwtFilter(catalogConfig.getAuthenticationConfiguration(),
        catalogConfig.getJwtTokenConfiguration()));
    environment.jersey().register(new TableResource(tableRepository));
    environment.jersey().register(
        new IngestionPipelineResource(
            collectionDAO, pipelineServiceClient, catalogConfig.getPipelineServiceClientConfiguration()));

    environment.lifecycle().manage(new ManagedShutdown());
    LOG.info("Metaharbor server started, cluster {}", catalogConfig.getClusterName());
  }

  protected Jdbi createAndSetupJDBI(Environment environment, DataSourceFactory dbFactory) {
    Jdbi jdbiInstance = new JdbiFactory().build(environment, dbFactory, "database");
    jdbiInstance.installPlugin(new SqlObjectPlugin());
    return jdbiInstance;
  }

  private void validateConfiguration(MetaharborApplicationConfig catalogConfig) {
    if (catalogConfig.getPipelineServiceClientConfiguration().getMetadataApiEndpoint() == null) {
      throw new IllegalArgumentException(
          "pipelineServiceClientConfiguration.metadataApiEndpoint (SERVER_HOST_API_URL) is required");
    }
  }

  public class ManagedShutdown implements io.dropwizard.lifecycle.Managed {
    @Override
    public void start() {
      LOG.info("Starting the application");
    }

    @Override
    public void stop() throws InterruptedException {
      if (searchRepository != null) {
        searchRepository.close();
      }
      LOG.info("Stopping the application");
    }
  }

  public static void main(String[] args) throws Exception {
    MetaharborApplication metaharborApplication = new MetaharborApplication();
    metaharborApplication.run(args);
  }
}
