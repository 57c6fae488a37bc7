package gxq.health.code;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.bouncycastle.math.ec.rfc8032.Ed25519;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Ed25519 key ring: one active signing key, older keys kept for verification until the codes they signed have
 * expired, then dropped.
 *
 * <ul>
 *   <li>{@link #rotate()} makes a new active key; the previous one stops signing at once and keeps verifying for
 *       the grace period (which must exceed a code's lifetime plus clock skew).</li>
 *   <li>{@link #removeExpired()} deletes keys past their grace period (a scheduled job calls it later); {@link #find}
 *       already ignores them.</li>
 *   <li>{@link #revoke(KeyId)} drops a key at once (compromise): its codes become UNKNOWN_KEY.</li>
 *   <li>{@link #jwks()} and {@link #pem()} publish the trusted public keys.</li>
 * </ul>
 *
 * <p>Reads ({@link #find}, {@link #activeKeyId()}) are lock-free on an immutable snapshot; changes are serialized.
 * With several nodes on one database, a node that did not rotate calls {@link #reload()} to pick the change up.
 */
public final class SigningKeys implements VerificationKeys {

    public static final Duration DEFAULT_GRACE = Duration.ofHours(1);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SigningKeyRepository repository;
    private final PrivateKeySealer sealer;
    private final Clock clock;
    private final Duration grace;
    private final SecureRandom random = new SecureRandom();
    private volatile Ring ring;

    /** The active key's seed and public key. Package-private: only the issuer signs. */
    record ActiveKey(KeyId keyId, byte[] seed, byte[] publicKey) {

        byte[] sign(byte[] message) {
            byte[] signature = new byte[Ed25519.SIGNATURE_SIZE];
            Ed25519.sign(seed, 0, publicKey, 0, message, 0, message.length, signature, 0);
            return signature;
        }
    }

    private record Ring(ActiveKey active, Map<KeyId, VerificationKey> keys) {
    }

    /**
     * Loads the ring from {@code repository}; creates the first key if there is no active one.
     *
     * @param grace how long a key verifies after it stopped signing
     */
    public SigningKeys(SigningKeyRepository repository, PrivateKeySealer sealer, Clock clock, Duration grace) {
        this.repository = Objects.requireNonNull(repository, "repository");
        this.sealer = Objects.requireNonNull(sealer, "sealer");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (grace.isNegative() || grace.isZero()) {
            throw new IllegalArgumentException("The grace period must be positive");
        }
        this.grace = grace;
        synchronized (this) {
            reload();
            if (ring.active() == null) {
                rotate();
            }
        }
    }

    /** Re-reads the repository (after another node rotated). */
    public synchronized void reload() {
        List<StoredSigningKey> stored = new ArrayList<>(repository.findAll());
        stored.sort(Comparator.comparing(StoredSigningKey::createdAt));
        ActiveKey active = null;
        Map<KeyId, VerificationKey> keys = new LinkedHashMap<>();
        for (StoredSigningKey k : stored) {
            if (k.active()) {
                if (active != null) {
                    throw new IllegalStateException("Two active signing keys: " + active.keyId() + " and " + k.keyId());
                }
                byte[] seed = sealer.open(k.sealedPrivateKey(), k.keyId());
                byte[] derived = new byte[Ed25519.PUBLIC_KEY_SIZE];
                Ed25519.generatePublicKey(seed, 0, derived, 0);
                if (!Arrays.equals(derived, k.publicKey())) {
                    throw new IllegalStateException("Signing key " + k.keyId() + " does not match its public key");
                }
                active = new ActiveKey(k.keyId(), seed, k.publicKey());
            }
            keys.put(k.keyId(), VerificationKey.of(k.publicKey(), k.trustedUntil()));
        }
        ring = new Ring(active, Map.copyOf(keys));
    }

    /** Makes a new active key; the previous one verifies for the grace period. @return the new key's id */
    public synchronized KeyId rotate() {
        Instant now = clock.instant();
        byte[] seed = new byte[Ed25519.SECRET_KEY_SIZE];
        Ed25519.generatePrivateKey(random, seed);
        byte[] publicKey = new byte[Ed25519.PUBLIC_KEY_SIZE];
        Ed25519.generatePublicKey(seed, 0, publicKey, 0);
        KeyId kid = KeyId.ofPublicKey(publicKey);
        for (StoredSigningKey k : repository.findAll()) {
            if (k.active()) {
                repository.save(k.retire(now, now.plus(grace)));
            }
        }
        repository.save(new StoredSigningKey(kid, publicKey, sealer.seal(seed, kid), now, null, null));
        Arrays.fill(seed, (byte) 0);
        reload();
        return kid;
    }

    /** Deletes retired keys whose grace period is over. @return their ids */
    public synchronized List<KeyId> removeExpired() {
        Instant now = clock.instant();
        List<KeyId> removed = new ArrayList<>();
        for (StoredSigningKey k : repository.findAll()) {
            if (!k.active() && !now.isBefore(k.trustedUntil())) {
                repository.delete(k.keyId());
                removed.add(k.keyId());
            }
        }
        if (!removed.isEmpty()) {
            reload();
        }
        return removed;
    }

    /** Withdraws trust from a key at once (e.g. it leaked); the active key is first replaced by a new one. */
    public synchronized void revoke(KeyId keyId) {
        if (keyId.equals(activeKeyId())) {
            rotate();
        }
        repository.delete(keyId);
        reload();
    }

    public KeyId activeKeyId() {
        return ring.active().keyId();
    }

    public Duration grace() {
        return grace;
    }

    ActiveKey activeKey() {
        return ring.active();
    }

    @Override
    public Optional<VerificationKey> find(KeyId keyId) {
        VerificationKey key = ring.keys().get(keyId);
        return key != null && key.trustedAt(clock.instant()) ? Optional.of(key) : Optional.empty();
    }

    /** The keys trusted now, oldest first: the active one and those within their grace period. */
    public List<VerificationKey> trustedKeys() {
        Instant now = clock.instant();
        return ring.keys().values().stream().filter(k -> k.trustedAt(now))
                .sorted(Comparator.comparing((VerificationKey k) -> k.trustedUntil() == null ? Instant.MAX : k.trustedUntil()))
                .toList();
    }

    /**
     * The trusted keys as a JWK Set (RFC 7517, RFC 8037): {@code {"keys":[{"kty":"OKP","crv":"Ed25519","x":...,
     * "kid":...,"use":"sig","alg":"EdDSA"}]}}, {@code x} and {@code kid} in unpadded base64url.
     */
    public String jwks() {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        List<Map<String, String>> keys = new ArrayList<>();
        for (VerificationKey k : trustedKeys()) {
            Map<String, String> jwk = new LinkedHashMap<>();
            jwk.put("kty", "OKP");
            jwk.put("crv", "Ed25519");
            jwk.put("x", b64.encodeToString(k.publicKey()));
            jwk.put("kid", k.keyId().toString());
            jwk.put("use", "sig");
            jwk.put("alg", "EdDSA");
            keys.add(jwk);
        }
        return JSON.writeValueAsString(Map.of("keys", keys));
    }

    /** The trusted keys as PEM SubjectPublicKeyInfo blocks, each preceded by a {@code kid: ...} line. */
    public String pem() {
        StringBuilder out = new StringBuilder();
        for (VerificationKey k : trustedKeys()) {
            out.append("kid: ").append(k.keyId()).append('\n').append(k.pem());
        }
        return out.toString();
    }
}
