package io.legendsarena.statistics.listener;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Outgoing;
import org.jboss.logging.Logger;

import io.legendsarena.statistics.domain.TeamStats;
import io.legendsarena.statistics.domain.TeamStats.TeamScore;
import io.legendsarena.statistics.schema.Fight;
import io.smallrye.mutiny.Multi;
import io.smallrye.reactive.messaging.annotations.Broadcast;

/**
 * Consumes fight events from the {@code fights} Kafka topic and computes team statistics,
 * which are broadcast on an in-memory channel to the WebSocket endpoint.
 */
@ApplicationScoped
public class SuperStats {
  private final Logger logger;
  private final TeamStats stats = new TeamStats();

  public SuperStats(Logger logger) {
    this.logger = logger;
  }

  @Incoming("fights")
  @Outgoing("team-stats")
  @Broadcast
  public Multi<TeamScore> computeTeamStats(Multi<Fight> results) {
    return results
      .invoke(fight -> this.logger.debugf("Fight received. Computing the team statistics: %s", fight))
      .map(this.stats::add);
  }
}
