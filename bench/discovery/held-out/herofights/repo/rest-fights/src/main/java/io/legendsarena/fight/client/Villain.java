package io.legendsarena.fight.client;

public record Villain(String name, int level, String picture, String powers) {
}
