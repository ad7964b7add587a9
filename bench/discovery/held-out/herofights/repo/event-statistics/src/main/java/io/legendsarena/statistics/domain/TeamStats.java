package io.legendsarena.statistics.domain;

import io.legendsarena.statistics.schema.Fight;

public class TeamStats {
  private int villains = 0;
  private int heroes = 0;

  public synchronized TeamScore add(Fight result) {
    if ("heroes".equalsIgnoreCase(result.getWinnerTeam().toString())) {
      this.heroes++;
    } else {
      this.villains++;
    }
    return new TeamScore(this.heroes, this.villains, this.heroes + this.villains);
  }

  public record TeamScore(int heroWins, int villainWins, int numberOfFights) {
    public double heroesWinRatio() {
      return (numberOfFights > 0) ? ((double) heroWins / numberOfFights) : 0;
    }
  }
}
