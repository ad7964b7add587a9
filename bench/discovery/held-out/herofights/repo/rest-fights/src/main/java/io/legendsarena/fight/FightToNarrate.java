package io.legendsarena.fight;

public record FightToNarrate(String winnerTeam, String winnerName, String winnerPowers, int winnerLevel,
                             String loserTeam, String loserName, String loserPowers, int loserLevel,
                             FightToNarrateLocation location) {

  public record FightToNarrateLocation(String name, String description) {
  }
}
