package io.driftwood.barista;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BaristaServiceTest {

    @Test
    void milkDrinksUseMilk() {
        assertEquals("MILK", BaristaService.ingredientFor("LATTE"));
        assertEquals("MILK", BaristaService.ingredientFor("CAPPUCCINO"));
    }

    @Test
    void unknownDrinksPullAShot() {
        assertEquals("ESPRESSO_SHOTS", BaristaService.ingredientFor("RISTRETTO"));
    }
}
