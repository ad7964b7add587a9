package io.syncbay.bootloader;

import io.micronaut.runtime.Micronaut;
import io.syncbay.config.init.DefinitionsProvider;
import java.sql.Connection;
import java.sql.PreparedStatement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** Runs DB migrations (Flyway) then seeds connector definitions. Exits when done. */
public class Bootloader {
  public static void main(final String[] args) throws Exception {
    try (var ctx = Micronaut.build(args).mainClass(Bootloader.class).start()) {
      final DataSource ds = ctx.getBean(DataSource.class);
      Flyway.configure().dataSource(ds).locations("classpath:migrations").baselineOnMigrate(true).load().migrate();
      final DefinitionsProvider provider = ctx.getBean(DefinitionsProvider.class);
      try (Connection c = ds.getConnection();
           PreparedStatement ps = c.prepareStatement(
               "INSERT INTO actor_definition (id, name, actor_type) VALUES (?::uuid, ?, 'source') ON CONFLICT DO NOTHING")) {
        for (final var def : provider.getSourceDefinitions()) {
          ps.setString(1, def.get("sourceDefinitionId").asText());
          ps.setString(2, def.get("name").asText());
          ps.addBatch();
        }
        ps.executeBatch();
      }
    }
  }
}
