package io.legendsarena.fight.client;

public record Hero(String name, int level, String picture, String powers) {
}
