package org.metaharbor.service.util;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.FileConfigurationSourceProvider;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.configuration.YamlConfigurationFactory;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.jackson.Jackson;
import io.dropwizard.jersey.validation.Validators;
import java.util.concurrent.Callable;
import lombok.extern.slf4j.Slf4j;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.metaharbor.service.MetaharborApplicationConfig;
import org.metaharbor.service.clients.pipeline.PipelineServiceClientFactory;
import org.metaharbor.service.migration.api.MigrationWorkflow;
import org.metaharbor.service.search.SearchRepository;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** CLI used by bootstrap/metaharbor-ops.sh; the compose `execute-migrate-all` container runs `migrate`. */
@Slf4j
@Command(
    name = "MetaharborOperations",
    mixinStandardHelpOptions = true,
    version = "MetaharborOperations 1.3.1",
    description = "Creates or Migrates Database/Search Indexes. ReIndex the existing data into Search.")
public class MetaharborOperations implements Callable<Integer> {
  private MetaharborApplicationConfig config;
  private Jdbi jdbi;
  private SearchRepository searchRepository;

  @Option(names = {"-d", "--debug"}, defaultValue = "false")
  private boolean debug;

  @Option(names = {"-c", "--config"}, required = true)
  private String configFilePath;

  @Override
  public Integer call() {
    LOG.info("Subcommand needed: 'info', 'validate', 'repair', 'check-connection', "
        + "'drop-create', 'migrate', 'reindex', 'deploy-pipelines'");
    return 0;
  }

  @Command(name = "check-connection", description = "Check the connection to the configured database.")
  public Integer checkConnection() {
    try {
      parseConfig();
      jdbi.open().getConnection();
      return 0;
    } catch (Exception e) {
      LOG.error("Failed to check connection due to ", e);
      return 1;
    }
  }

  @Command(name = "migrate", description = "Migrates the Metaharbor database schema and search index mappings.")
  public Integer migrate(
      @Option(names = {"--force"}, defaultValue = "false") boolean force) {
    try {
      LOG.info("Migrating the Metaharbor Schema.");
      parseConfig();
      String nativePath = System.getProperty("bootstrap.dir") + "/sql/migrations/native";
      String connectionType = config.getDataSourceFactory().getDriverClass()
          .contains("postgres") ? "postgres" : "mysql";
      new MigrationWorkflow(jdbi, nativePath, connectionType, force).runMigrationWorkflows();
      LOG.info("Updating search index mappings.");
      searchRepository.createIndexes();
      return 0;
    } catch (Exception e) {
      LOG.error("Failed to db migration due to ", e);
      return 1;
    }
  }

  @Command(name = "reindex", description = "Re Indexes data into search engine from command line.")
  public Integer reIndex() {
    try {
      parseConfig();
      searchRepository.createIndexes();
      return 0;
    } catch (Exception e) {
      LOG.error("Failed to reindex due to ", e);
      return 1;
    }
  }

  @Command(name = "deploy-pipelines", description = "Deploy all the service pipelines.")
  public Integer deployPipelines() {
    try {
      parseConfig();
      PipelineServiceClientFactory.createPipelineServiceClient(
          config.getPipelineServiceClientConfiguration());
      LOG.info("Deploying Pipelines");
      return 0;
    } catch (Exception e) {
      LOG.error("Failed to deploy pipelines due to ", e);
      return 1;
    }
  }

  private void parseConfig() throws Exception {
    ObjectMapper objectMapper = Jackson.newObjectMapper();
    YamlConfigurationFactory<MetaharborApplicationConfig> factory =
        new YamlConfigurationFactory<>(
            MetaharborApplicationConfig.class, Validators.newValidator(), objectMapper, "dw");
    config = factory.build(
        new SubstitutingSourceProvider(
            new FileConfigurationSourceProvider(), new EnvironmentVariableSubstitutor(false)),
        configFilePath);
    DataSourceFactory dataSourceFactory = config.getDataSourceFactory();
    jdbi = Jdbi.create(dataSourceFactory.getUrl(), dataSourceFactory.getUser(),
        dataSourceFactory.getPassword());
    jdbi.installPlugin(new SqlObjectPlugin());
    searchRepository = new SearchRepository(config.getElasticSearchConfiguration());
  }

  public static void main(String... args) {
    int exitCode = new CommandLine(new MetaharborOperations()).execute(args);
    System.exit(exitCode);
  }
}
