package io.lineagehub.metadata.resources.entity;

import com.linkedin.restli.server.annotations.Action;
import com.linkedin.restli.server.annotations.ActionParam;
import com.linkedin.restli.server.annotations.Optional;
import com.linkedin.restli.server.annotations.RestLiCollection;
import com.linkedin.restli.server.resources.CollectionResourceTaskTemplate;
import com.linkedin.parseq.Task;
import io.lineagehub.metadata.entity.EntityService;
import io.lineagehub.metadata.entity.IngestResult;
import io.lineagehub.mxe.MetadataChangeProposal;
import io.lineagehub.metadata.aspect.VersionedAspect;
import javax.inject.Inject;
import javax.inject.Named;

/** Rest.li resource backing /aspects — the ingestion REST sink and actions emit through here. */
@RestLiCollection(name = "aspects", namespace = "io.lineagehub.entity")
public class AspectResource extends CollectionResourceTaskTemplate<String, VersionedAspect> {

  private static final String ACTION_INGEST_PROPOSAL = "ingestProposal";

  @Inject
  @Named("entityService")
  private EntityService _entityService;

  @Action(name = ACTION_INGEST_PROPOSAL)
  public Task<String> ingestProposal(
      @ActionParam("proposal") MetadataChangeProposal metadataChangeProposal,
      @ActionParam("async") @Optional("false") String async) {
    return Task.value(() -> {
      IngestResult result = _entityService.ingestProposal(metadataChangeProposal, Boolean.parseBoolean(async));
      return result.getUrn().toString();
    }).map(r -> r);
  }
}
