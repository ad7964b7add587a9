package org.metaharbor.service.jdbi3;

import java.util.List;
import org.jdbi.v3.sqlobject.CreateSqlObject;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Entry point to all entity DAOs, one table per entity type with a JSON column. */
public interface CollectionDAO {
  @CreateSqlObject
  TableDAO tableDAO();

  @CreateSqlObject
  IngestionPipelineDAO ingestionPipelineDAO();

  @CreateSqlObject
  SystemDAO systemDAO();

  interface TableDAO {
    @SqlQuery("SELECT json FROM table_entity WHERE fqnHash = :fqnHash AND deleted = FALSE")
    String findByFqnHash(@Bind("fqnHash") String fqnHash);

    @SqlQuery("SELECT json FROM table_entity WHERE id = :id")
    String findById(@Bind("id") String id);

    @SqlQuery("SELECT json FROM table_entity ORDER BY name LIMIT :limit OFFSET :offset")
    List<String> listAfter(@Bind("limit") int limit, @Bind("offset") int offset);

    @SqlUpdate("INSERT INTO table_entity (fqnHash, json) VALUES (:fqnHash, :json)")
    void insert(@Bind("fqnHash") String fqnHash, @Bind("json") String json);

    @SqlUpdate("UPDATE table_entity SET json = :json WHERE id = :id")
    void update(@Bind("id") String id, @Bind("json") String json);
  }

  interface IngestionPipelineDAO {
    @SqlQuery("SELECT json FROM ingestion_pipeline_entity WHERE fqnHash = :fqnHash")
    String findByFqnHash(@Bind("fqnHash") String fqnHash);

    @SqlUpdate("INSERT INTO ingestion_pipeline_entity (fqnHash, json) VALUES (:fqnHash, :json)")
    void insert(@Bind("fqnHash") String fqnHash, @Bind("json") String json);
  }

  interface SystemDAO {
    @SqlQuery("SELECT version FROM SERVER_CHANGE_LOG ORDER BY installed_rank DESC LIMIT 1")
    String getMaxServerMigrationVersion();

    @SqlUpdate("INSERT INTO SERVER_CHANGE_LOG (version, migrationFileName, checksum, installed_on) "
        + "VALUES (:version, :file, :checksum, CURRENT_TIMESTAMP)")
    void upsertServerMigration(@Bind("version") String version, @Bind("file") String file,
        @Bind("checksum") String checksum);
  }
}
