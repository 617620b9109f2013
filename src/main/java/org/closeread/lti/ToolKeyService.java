package org.closeread.lti;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.text.ParseException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tool's own RSA key pair: made once (2048 bits, RS256, a random kid) and kept in the database, so
 * every node and every restart signs with the same key. {@link #rotate()} makes a new signing key and keeps
 * the old one published until {@link #dropRetired()}, so platforms that cached our JWK set go on verifying.
 */
@Service
public class ToolKeyService {

    private final LtiStore store;

    ToolKeyService(LtiStore store) {
        this.store = store;
    }

    /** The key that signs (made on first use). */
    @Transactional
    public RSAKey signingKey() {
        return store.keys().stream().filter(LtiStore.StoredKey::active).findFirst().map(ToolKeyService::parse)
                .orElseGet(this::generate);
    }

    /** The public halves of all our keys, the signing one first: what {@code /lti/jwks} serves. */
    @Transactional
    public JWKSet publicKeys() {
        signingKey();
        List<JWK> keys = store.keys().stream().map(k -> (JWK) parse(k).toPublicJWK()).toList();
        return new JWKSet(keys);
    }

    /** A new signing key; the previous ones stay published (retired) until {@link #dropRetired()}. */
    @Transactional
    public RSAKey rotate() {
        RSAKey key = generate();
        store.retireKeysExcept(key.getKeyID());
        return key;
    }

    /** Stops publishing retired keys (once platforms have fetched the new set). */
    @Transactional
    public int dropRetired() {
        return store.deleteRetiredKeys();
    }

    private RSAKey generate() {
        try {
            RSAKey key = new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                    .keyID(UUID.randomUUID().toString()).generate();
            store.insertKey(key.getKeyID(), key.toJSONString(), Instant.now());
            return key;
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not make the LTI tool key", e);
        }
    }

    private static RSAKey parse(LtiStore.StoredKey stored) {
        try {
            return RSAKey.parse(stored.jwk());
        } catch (ParseException e) {
            throw new IllegalStateException("The stored LTI tool key " + stored.kid() + " is not a JWK", e);
        }
    }
}
