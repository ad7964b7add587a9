package io.legendsarena.statistics.listener;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.legendsarena.statistics.domain.TeamStats;
import io.legendsarena.statistics.schema.Fight;

class SuperStatsTests {
  @Test
  void heroesWin() {
    var stats = new TeamStats();
    var fight = Fight.newBuilder().setId("1").setFightDate(java.time.Instant.now())
      .setWinnerName("A").setWinnerLevel(1).setWinnerPicture("").setLoserName("B").setLoserLevel(1).setLoserPicture("")
      .setWinnerTeam("heroes").setLoserTeam("villains")
      .setLocation(io.legendsarena.statistics.schema.FightLocation.newBuilder().setName("x").setPicture("").build())
      .build();
    assertThat(stats.add(fight).heroWins()).isEqualTo(1);
  }
}
