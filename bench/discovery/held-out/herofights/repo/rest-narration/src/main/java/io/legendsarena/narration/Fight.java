package io.legendsarena.narration;

public record Fight(String winnerName, int winnerLevel, String winnerPowers, String loserName, int loserLevel,
                    String loserPowers, String winnerTeam, String loserTeam, FightLocation location) {

  public record FightLocation(String name, String description) {
  }

  public record FightImage(String imageUrl, String imageNarration) {
  }
}
