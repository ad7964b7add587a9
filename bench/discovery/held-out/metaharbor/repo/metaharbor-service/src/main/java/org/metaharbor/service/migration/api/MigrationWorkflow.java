package org.metaharbor.service.migration.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import lombok.extern.slf4j.Slf4j;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.metaharbor.service.jdbi3.CollectionDAO;

/** Applies bootstrap/sql/migrations/native/<version>/<mysql|postgres>/schemaChanges.sql files. */
@Slf4j
public class MigrationWorkflow {
  private final Jdbi jdbi;
  private final String nativeSQLScriptRootPath;
  private final String connectionType;
  private final boolean forceMigrations;

  public MigrationWorkflow(Jdbi jdbi, String nativeSQLScriptRootPath, String connectionType,
      boolean forceMigrations) {
    this.jdbi = jdbi;
    this.nativeSQLScriptRootPath = nativeSQLScriptRootPath;
    this.connectionType = connectionType;
    this.forceMigrations = forceMigrations;
  }

  public void runMigrationWorkflows() throws IOException {
    String current = jdbi.onDemand(CollectionDAO.class).systemDAO().getMaxServerMigrationVersion();
    List<Path> versions;
    try (Stream<Path> dirs = Files.list(Path.of(nativeSQLScriptRootPath))) {
      versions = dirs.filter(Files::isDirectory).sorted().toList();
    }
    for (Path version : versions) {
      String v = version.getFileName().toString();
      if (!forceMigrations && current != null && v.compareTo(current) <= 0) {
        continue;
      }
      Path sql = version.resolve(connectionType).resolve("schemaChanges.sql");
      if (Files.exists(sql)) {
        LOG.info("Running migration {} for {}", v, connectionType);
        String script = Files.readString(sql);
        try (Handle handle = jdbi.open()) {
          for (String statement : script.split(";\\s*\\n")) {
            if (!statement.isBlank() && !statement.strip().startsWith("--")) {
              handle.execute(statement);
            }
          }
        }
        jdbi.onDemand(CollectionDAO.class).systemDAO()
            .upsertServerMigration(v, sql.toString(), Integer.toHexString(script.hashCode()));
      }
    }
  }
}
