package com.kettleco.payments;

import org.springframework.vault.core.VaultTemplate;

/** Encrypts card numbers with Vault's transit secrets engine. Only used when enabled. */
public class VaultTransitEncryptor implements CardEncryptor {
    private final VaultTemplate vault;
    private final String keyName;

    public VaultTransitEncryptor(VaultTemplate vault, String keyName) {
        this.vault = vault;
        this.keyName = keyName;
    }

    @Override
    public String protect(String cardNumber) {
        return vault.opsForTransit().encrypt(keyName, cardNumber);
    }
}
