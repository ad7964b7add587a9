package io.lineagehub.metadata.graph.neo4j;

import io.lineagehub.common.urn.Urn;
import io.lineagehub.metadata.graph.Edge;
import io.lineagehub.metadata.graph.GraphService;
import io.lineagehub.metadata.models.registry.LineageRegistry;
import java.util.HashMap;
import java.util.Map;
import javax.annotation.Nonnull;
import lombok.extern.slf4j.Slf4j;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Query;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

@Slf4j
public class Neo4jGraphService implements GraphService {

  private final LineageRegistry _lineageRegistry;
  private final Driver _driver;
  private final SessionConfig _sessionConfig;

  public Neo4jGraphService(@Nonnull LineageRegistry lineageRegistry, @Nonnull Driver driver,
      @Nonnull SessionConfig sessionConfig) {
    _lineageRegistry = lineageRegistry;
    _driver = driver;
    _sessionConfig = sessionConfig;
  }

  @Override
  public void addEdge(@Nonnull final Edge edge) {
    log.debug("Adding Edge source: {}, destination: {}, type: {}",
        edge.getSource(), edge.getDestination(), edge.getRelationshipType());

    final String sourceType = edge.getSource().getEntityType();
    final String destinationType = edge.getDestination().getEntityType();
    final String statement = String.format(
        "MERGE (source:%s {urn: $sourceUrn}) "
            + "MERGE (destination:%s {urn: $destinationUrn}) "
            + "MERGE (source)-[r:%s]->(destination) SET r.createdOn = $createdOn",
        sourceType, destinationType, edge.getRelationshipType());

    final Map<String, Object> params = new HashMap<>();
    params.put("sourceUrn", edge.getSource().toString());
    params.put("destinationUrn", edge.getDestination().toString());
    params.put("createdOn", edge.getCreatedOn());
    executeStatement(new Query(statement, params));
  }

  @Override
  public void removeNode(@Nonnull final Urn urn) {
    executeStatement(new Query("MATCH (node {urn: $urn}) DETACH DELETE node",
        Map.of("urn", urn.toString())));
  }

  @Override
  public void clear() {
    executeStatement(new Query("MATCH (n) DETACH DELETE n"));
  }

  private void executeStatement(@Nonnull Query query) {
    try (Session session = _driver.session(_sessionConfig)) {
      session.writeTransaction(tx -> tx.run(query));
    }
  }
}
