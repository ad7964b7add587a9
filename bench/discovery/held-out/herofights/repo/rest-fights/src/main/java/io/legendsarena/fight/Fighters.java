package io.legendsarena.fight;

import io.legendsarena.fight.client.Hero;
import io.legendsarena.fight.client.Villain;

public record Fighters(Hero hero, Villain villain) {
}
