package io.keelwise.chat;

import io.micronaut.runtime.Micronaut;

public class ChatApplication {
    public static void main(String[] args) {
        Micronaut.run(ChatApplication.class, args);
    }
}
