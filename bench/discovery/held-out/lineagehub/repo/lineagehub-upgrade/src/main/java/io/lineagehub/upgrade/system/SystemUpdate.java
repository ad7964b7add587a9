package io.lineagehub.upgrade.system;

import io.lineagehub.metadata.entity.ebean.EbeanAspectDao;
import io.lineagehub.metadata.event.EventProducer;
import io.lineagehub.metadata.search.elasticsearch.indexbuilder.ESIndexBuilder;
import io.lineagehub.metadata.search.elasticsearch.indexbuilder.ReindexConfig;
import io.lineagehub.upgrade.Upgrade;
import io.lineagehub.upgrade.UpgradeStep;
import io.lineagehub.upgrade.UpgradeStepResult;
import io.lineagehub.mxe.LineageHubUpgradeHistoryEvent;
import java.util.List;
import lombok.extern.slf4j.Slf4j;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * "-u SystemUpdate": builds/reindexes Elasticsearch indices, backfills aspects from MySQL and
 * publishes an upgrade-history event that GMS waits for before serving traffic.
 */
@Slf4j
@Component("SystemUpdate")
public class SystemUpdate implements Upgrade {

  private final ESIndexBuilder indexBuilder;
  private final List<ReindexConfig> indexConfigs;
  private final EbeanAspectDao aspectDao;
  private final EventProducer kafkaEventProducer;

  @Value("${topics.upgradeHistory}")
  private String upgradeHistoryTopic;

  @Value("${lineagehub.version:head}")
  private String version;

  public SystemUpdate(ESIndexBuilder indexBuilder, List<ReindexConfig> indexConfigs,
      EbeanAspectDao aspectDao, EventProducer kafkaEventProducer) {
    this.indexBuilder = indexBuilder;
    this.indexConfigs = indexConfigs;
    this.aspectDao = aspectDao;
    this.kafkaEventProducer = kafkaEventProducer;
  }

  @Override
  public List<UpgradeStep> steps() {
    return List.of(
        ctx -> {
          for (ReindexConfig config : indexConfigs) {
            indexBuilder.buildIndex(config);
          }
          return UpgradeStepResult.succeeded("BuildIndicesStep");
        },
        ctx -> {
          int batch = 0;
          var rows = aspectDao.streamAspects(0, 1000);
          while (!rows.isEmpty()) {
            rows.forEach(BackfillBrowsePathsV2::maybeBackfill);
            rows = aspectDao.streamAspects(++batch * 1000, 1000);
          }
          return UpgradeStepResult.succeeded("BackfillBrowsePathsV2Step");
        },
        ctx -> {
          kafkaEventProducer.produceUpgradeHistoryEvent(upgradeHistoryTopic,
              new LineageHubUpgradeHistoryEvent().setVersion(version));
          return UpgradeStepResult.succeeded("ProduceUpgradeHistoryStep");
        });
  }
}
