package io.keelwise.pricing;

import io.micronaut.runtime.Micronaut;

public class PricingApplication {
    public static void main(String[] args) {
        Micronaut.run(PricingApplication.class, args);
    }
}
