package io.keelwise.auth;

import io.micronaut.runtime.Micronaut;

public class AuthApplication {
    public static void main(String[] args) {
        Micronaut.run(AuthApplication.class, args);
    }
}
