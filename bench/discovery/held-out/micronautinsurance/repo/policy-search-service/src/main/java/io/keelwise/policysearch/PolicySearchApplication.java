package io.keelwise.policysearch;

import io.micronaut.runtime.Micronaut;

public class PolicySearchApplication {
    public static void main(String[] args) {
        Micronaut.run(PolicySearchApplication.class, args);
    }
}
