package io.legendsarena.fight;

import jakarta.validation.constraints.NotNull;

import io.legendsarena.fight.client.Hero;
import io.legendsarena.fight.client.Villain;

public record FightRequest(@NotNull Hero hero, @NotNull Villain villain, @NotNull FightLocation location) {
}
