package io.launchpad.ledger.sql;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Service;

/**
 * Primary storage for ledger objects (applications, pipelines, strategies, projects,
 * notifications, service accounts) in MySQL. Every object type has a table with a JSON body
 * and a *_history table for versioning.
 */
@Service
@ConditionalOnProperty("sql.enabled")
public class SqlStorageService {
  private static final Map<String, String> TABLES = Map.of(
      "application", "applications",
      "pipeline", "pipelines",
      "strategy", "pipeline_strategies",
      "project", "projects",
      "notification", "notifications",
      "serviceAccount", "service_accounts");

  private final DSLContext jooq;
  private final ObjectMapper objectMapper;
  private final Clock clock;

  public SqlStorageService(DSLContext jooq, ObjectMapper objectMapper) {
    this.jooq = jooq;
    this.objectMapper = objectMapper;
    this.clock = Clock.systemUTC();
  }

  public <T> T loadObject(String objectType, String id, Class<T> type) throws Exception {
    String body = jooq.select(DSL.field("body", String.class))
        .from(DSL.table(TABLES.get(objectType)))
        .where(DSL.field("id").eq(id).and(DSL.field("is_deleted").eq(false)))
        .fetchOne(0, String.class);
    return body == null ? null : objectMapper.readValue(body, type);
  }

  public <T> Collection<T> loadObjects(String objectType, Class<T> type) {
    List<String> bodies = jooq.select(DSL.field("body", String.class))
        .from(DSL.table(TABLES.get(objectType)))
        .where(DSL.field("is_deleted").eq(false))
        .fetch(0, String.class);
    return bodies.stream().map(b -> {
      try {
        return objectMapper.readValue(b, type);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }).toList();
  }

  public void storeObject(String objectType, String id, Object item) throws Exception {
    String body = objectMapper.writeValueAsString(item);
    long now = clock.millis();
    jooq.transaction(config -> {
      DSL.using(config).insertInto(DSL.table(TABLES.get(objectType)))
          .set(DSL.field("id"), id)
          .set(DSL.field("body"), body)
          .set(DSL.field("created_at"), now)
          .set(DSL.field("last_modified_at"), now)
          .set(DSL.field("is_deleted"), false)
          .onDuplicateKeyUpdate()
          .set(DSL.field("body"), body)
          .set(DSL.field("last_modified_at"), now)
          .set(DSL.field("is_deleted"), false)
          .execute();
      DSL.using(config).insertInto(DSL.table(TABLES.get(objectType) + "_history"))
          .set(DSL.field("id"), id)
          .set(DSL.field("body"), body)
          .set(DSL.field("recorded_at"), now)
          .execute();
    });
  }

  public void deleteObject(String objectType, String id) {
    jooq.update(DSL.table(TABLES.get(objectType)))
        .set(DSL.field("is_deleted"), true)
        .set(DSL.field("last_modified_at"), clock.millis())
        .where(DSL.field("id").eq(id))
        .execute();
  }
}
