package io.keelwise.gateway;

import io.micronaut.runtime.Micronaut;

public class GatewayApplication {

    public static void main(String[] args) {
        Micronaut.run(GatewayApplication.class, args);
    }
}
