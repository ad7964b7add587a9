package io.taskloom.core.secret;

import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.Map;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

class SecretServiceTest {
    @Test
    void decodesPrefixedEnvironmentVariables() {
        SecretService service = new SecretService();
        service.decode(Map.of(
            "SECRET_WEBHOOK_KEY", Base64.getEncoder().encodeToString("dummy-webhook-key".getBytes()),
            "PATH", "/usr/bin"
        ));

        assertThat(service.findSecret(null, "company.team", "webhook_key"), is("dummy-webhook-key"));
    }
}
