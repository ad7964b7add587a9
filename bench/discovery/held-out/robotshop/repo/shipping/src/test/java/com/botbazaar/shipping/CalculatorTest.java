package com.botbazaar.shipping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CalculatorTest {

    @Test
    void distanceToSelfIsZero() {
        Calculator calc = new Calculator(51.509865, -0.118092);
        assertEquals(0, calc.getDistance());
    }

    @Test
    void parisIsAbout340km() {
        Calculator calc = new Calculator(48.8566, 2.3522);
        long d = calc.getDistance();
        assertTrue(d > 320 && d < 360, "distance was " + d);
    }

    @Test
    void minimumCost() {
        assertEquals(10.0, Calculator.cost(1));
    }
}
