package io.keelwise.gateway.clients;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.client.annotation.Client;

/**
 * Resolved through Consul – auth-service registers itself under this id.
 */
@Client(id = "auth-service", path = "/login")
public interface AuthClient {

    @Post
    LoginResponse login(@Body LoginRequest request);

    @Introspected
    record LoginRequest(String username, String password) {
    }

    @Introspected
    record LoginResponse(String username, String access_token, String token_type, Integer expires_in, String avatar) {
    }
}
