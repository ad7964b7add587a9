package io.syncbay.cron;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import io.syncbay.config.init.DefinitionsProvider;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import javax.sql.DataSource;

/** Pulls new connector versions from the remote registry every 30 minutes. */
@Singleton
@Requires(property = "syncbay.cron.update-definitions.enabled", value = "true")
public class DefinitionsUpdater {
  private final DefinitionsProvider provider;
  private final DataSource dataSource;

  public DefinitionsUpdater(final DefinitionsProvider provider, final DataSource dataSource) {
    this.provider = provider;
    this.dataSource = dataSource;
  }

  @Scheduled(fixedRate = "30m")
  public void updateDefinitions() throws Exception {
    try (Connection c = dataSource.getConnection();
         PreparedStatement ps = c.prepareStatement(
             "INSERT INTO actor_definition_version (id, actor_definition_id, docker_repository, docker_image_tag) "
                 + "VALUES (gen_random_uuid(), ?::uuid, ?, ?) ON CONFLICT DO NOTHING")) {
      for (final var def : provider.getSourceDefinitions()) {
        ps.setString(1, def.get("sourceDefinitionId").asText());
        ps.setString(2, def.get("dockerRepository").asText());
        ps.setString(3, def.get("dockerImageTag").asText());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }
}
