package io.keelwise.policy;

import io.micronaut.runtime.Micronaut;

public class PolicyApplication {
    public static void main(String[] args) {
        Micronaut.run(PolicyApplication.class, args);
    }
}
