package com.kettleco.payments;

import java.net.URI;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.vault.authentication.TokenAuthentication;
import org.springframework.vault.client.VaultEndpoint;
import org.springframework.vault.core.VaultTemplate;

@Configuration
public class EncryptionConfig {

    @Bean
    @ConditionalOnProperty(name = "app.encryption.vault.enabled", havingValue = "true")
    public CardEncryptor vaultEncryptor(@Value("${app.encryption.vault.address}") String address,
                                        @Value("${app.encryption.vault.token}") String token,
                                        @Value("${app.encryption.vault.key-name}") String keyName) {
        VaultTemplate template = new VaultTemplate(VaultEndpoint.from(URI.create(address)), new TokenAuthentication(token));
        return new VaultTransitEncryptor(template, keyName);
    }

    @Bean
    @ConditionalOnProperty(name = "app.encryption.vault.enabled", havingValue = "false", matchIfMissing = true)
    public CardEncryptor maskingEncryptor() {
        return CardEncryptor::mask;
    }
}
