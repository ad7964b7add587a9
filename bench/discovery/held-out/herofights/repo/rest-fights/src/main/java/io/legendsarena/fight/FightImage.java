package io.legendsarena.fight;

public record FightImage(String imageUrl, String imageNarration) {
}
