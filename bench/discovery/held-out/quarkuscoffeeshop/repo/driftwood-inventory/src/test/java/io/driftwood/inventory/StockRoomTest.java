package io.driftwood.inventory;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StockRoomTest {

    @Test
    void decrementAndRestock() {
        StockRoom room = new StockRoom();
        assertEquals(29, room.decrement("MILK", 1));
        room.restockAll();
        assertEquals(30, room.level("MILK"));
    }

    @Test
    void unknownIngredientGoesNegative() {
        StockRoom room = new StockRoom();
        assertEquals(-1, room.decrement("OAT_MILK", 1));
    }
}
