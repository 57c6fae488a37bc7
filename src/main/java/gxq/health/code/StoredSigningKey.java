package gxq.health.code;

import java.time.Instant;
import java.util.Objects;

/**
 * A signing key as a {@link SigningKeyRepository} keeps it. The private key is only ever stored sealed (encrypted by
 * a {@link PrivateKeySealer}); a retired key keeps no private key at all.
 *
 * @param sealedPrivateKey the sealed 32-byte Ed25519 seed, or {@code null} once the key is retired
 * @param retiredAt        when the key stopped signing; {@code null} for the active key
 * @param trustedUntil     when the key stops verifying (retiredAt + grace); {@code null} for the active key
 */
public record StoredSigningKey(
        KeyId keyId,
        byte[] publicKey,
        byte[] sealedPrivateKey,
        Instant createdAt,
        Instant retiredAt,
        Instant trustedUntil) {

    public StoredSigningKey {
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(createdAt, "createdAt");
        publicKey = publicKey.clone();
        if (!KeyId.ofPublicKey(publicKey).equals(keyId)) {
            throw new IllegalArgumentException("keyId does not match the public key");
        }
        if ((retiredAt == null) != (trustedUntil == null) || (retiredAt == null) != (sealedPrivateKey != null)) {
            throw new IllegalArgumentException("An active key has a private key and no retirement; a retired key neither");
        }
        sealedPrivateKey = sealedPrivateKey == null ? null : sealedPrivateKey.clone();
    }

    public boolean active() {
        return retiredAt == null;
    }

    @Override
    public byte[] publicKey() {
        return publicKey.clone();
    }

    @Override
    public byte[] sealedPrivateKey() {
        return sealedPrivateKey == null ? null : sealedPrivateKey.clone();
    }

    StoredSigningKey retire(Instant at, Instant until) {
        return new StoredSigningKey(keyId, publicKey, null, createdAt, at, until);
    }
}
