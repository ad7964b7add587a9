package io.lineagehub.metadata.kafka.hook;

import io.lineagehub.entity.client.SystemRestliEntityClient;
import io.lineagehub.metadata.graph.GraphService;
import io.lineagehub.metadata.search.EntitySearchService;
import io.lineagehub.metadata.timeseries.TimeseriesAspectService;
import io.lineagehub.mxe.MetadataChangeLog;
import javax.annotation.Nonnull;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/** Keeps Elasticsearch search/timeseries indices and the graph store in sync with MCL events. */
@Component
public class UpdateIndicesHook implements MetadataChangeLogHook {

  private final GraphService _graphService;
  private final EntitySearchService _entitySearchService;
  private final TimeseriesAspectService _timeseriesAspectService;
  private final SystemRestliEntityClient _entityClient;

  public UpdateIndicesHook(
      @Qualifier("graphService") GraphService graphService,
      EntitySearchService entitySearchService,
      TimeseriesAspectService timeseriesAspectService,
      @Qualifier("systemRestliEntityClient") SystemRestliEntityClient entityClient) {
    _graphService = graphService;
    _entitySearchService = entitySearchService;
    _timeseriesAspectService = timeseriesAspectService;
    _entityClient = entityClient;
  }

  @Override
  public void invoke(@Nonnull MetadataChangeLog event) throws Exception {
    if (event.isTimeseries()) {
      _timeseriesAspectService.upsertDocument(event.getEntityType(), event.getAspectName(),
          event.getEntityUrn().toString(), event.getAspect());
      return;
    }
    switch (event.getChangeType()) {
      case DELETE:
        _entitySearchService.deleteDocument(event.getEntityType(), event.getEntityUrn().toString());
        _graphService.removeNode(event.getEntityUrn());
        break;
      default:
        // Hydrate key aspects (e.g. sibling / container info) from GMS before indexing.
        var entity = _entityClient.getV2(event.getEntityUrn(), null);
        _entitySearchService.upsertDocument(event.getEntityType(), entity, event.getEntityUrn().toString());
        UpdateGraphIndicesService.extractEdges(event).forEach(_graphService::addEdge);
    }
  }
}
