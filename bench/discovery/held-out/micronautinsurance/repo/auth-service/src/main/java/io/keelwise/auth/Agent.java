package io.keelwise.auth;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.util.Arrays;
import java.util.List;

@MappedEntity("agent")
public record Agent(@Id @GeneratedValue Long id, String login, String passwordHash, String avatar, String roles) {

    public List<String> roleList() {
        return Arrays.stream(roles.split(",")).map(String::trim).toList();
    }
}
