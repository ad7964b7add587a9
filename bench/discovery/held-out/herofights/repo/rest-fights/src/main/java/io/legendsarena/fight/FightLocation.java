package io.legendsarena.fight;

public record FightLocation(String name, String description, String picture) {
  public FightLocation() {
    this(null, null, null);
  }
}
