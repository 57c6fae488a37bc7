package gxq.health.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gxq.health.Colour;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.bouncycastle.math.ec.rfc8032.Ed25519;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SigningKeysTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2020-02-20T08:00:00Z"));
    private final InMemorySigningKeyRepository repository = new InMemorySigningKeyRepository();
    private final byte[] sealingKey = filled(7);

    @Test
    void theFirstKeyIsCreatedOnStartAndStoredSealed() {
        SigningKeys keys = new SigningKeys(repository, new AesGcmPrivateKeySealer(sealingKey), clock, Duration.ofHours(1));

        assertThat(repository.findAll()).singleElement().satisfies(stored -> {
            assertThat(stored.keyId()).isEqualTo(keys.activeKeyId());
            assertThat(stored.active()).isTrue();
            byte[] seed = new AesGcmPrivateKeySealer(sealingKey).open(stored.sealedPrivateKey(), stored.keyId());
            assertThat(seed).hasSize(32);
            assertThat(indexOf(stored.sealedPrivateKey(), seed)).as("the seed is not stored in clear").isEqualTo(-1);
            byte[] publicKey = new byte[32];
            Ed25519.generatePublicKey(seed, 0, publicKey, 0);
            assertThat(publicKey).isEqualTo(stored.publicKey());
        });
    }

    @Test
    void anotherNodeLoadsTheSameRingAndVerifiesItsCodes() {
        SigningKeys first = new SigningKeys(repository, new AesGcmPrivateKeySealer(sealingKey), clock, Duration.ofHours(1));
        SigningKeys second = new SigningKeys(repository, new AesGcmPrivateKeySealer(sealingKey), clock, Duration.ofHours(1));
        assertThat(second.activeKeyId()).isEqualTo(first.activeKeyId());

        first.rotate();
        second.reload();
        String code = new HealthCodeIssuer(first, clock, Duration.ofMinutes(3)).issue(Pseudonym.random(), Colour.GREEN, 1, 1).token();

        assertThat(second.activeKeyId()).isEqualTo(first.activeKeyId());
        assertThat(new HealthCodeVerifier(second, clock, Duration.ZERO).verify(code).ok()).isTrue();
    }

    @Test
    void aRingCannotBeOpenedWithAnotherSealingKey() {
        new SigningKeys(repository, new AesGcmPrivateKeySealer(sealingKey), clock, Duration.ofHours(1));
        assertThatThrownBy(() -> new SigningKeys(repository, new AesGcmPrivateKeySealer(filled(8)), clock, Duration.ofHours(1)))
                .isInstanceOf(IllegalStateException.class).hasMessageNotContaining("=");
    }

    @Test
    void aSealedKeyOpensOnlyUnderItsOwnKidAndUnaltered() {
        AesGcmPrivateKeySealer sealer = new AesGcmPrivateKeySealer(sealingKey);
        KeyId a = KeyId.ofBytes(filled(1), 0);
        KeyId b = KeyId.ofBytes(filled(2), 0);
        byte[] sealed = sealer.seal(filled(9), a);

        assertThat(sealer.open(sealed, a)).isEqualTo(filled(9));
        assertThatThrownBy(() -> sealer.open(sealed, b)).isInstanceOf(IllegalStateException.class);
        byte[] altered = sealed.clone();
        altered[20] ^= 1;
        assertThatThrownBy(() -> sealer.open(altered, a)).isInstanceOf(IllegalStateException.class);
        assertThat(sealer.seal(filled(9), a)).as("fresh IV each time").isNotEqualTo(sealed);
    }

    @Test
    void rotationRetiresThePreviousKeyForTheGracePeriodAndDropsItsPrivateKey() {
        SigningKeys keys = new SigningKeys(repository, new AesGcmPrivateKeySealer(sealingKey), clock, Duration.ofHours(1));
        KeyId first = keys.activeKeyId();
        clock.advance(Duration.ofMinutes(5));

        KeyId second = keys.rotate();

        StoredSigningKey retired = repository.findAll().stream().filter(k -> k.keyId().equals(first)).findFirst().orElseThrow();
        assertThat(retired.active()).isFalse();
        assertThat(retired.sealedPrivateKey()).isNull();
        assertThat(retired.retiredAt()).isEqualTo(clock.instant());
        assertThat(retired.trustedUntil()).isEqualTo(clock.instant().plus(Duration.ofHours(1)));
        assertThat(keys.trustedKeys()).extracting(VerificationKey::keyId).containsExactly(first, second);

        clock.advance(Duration.ofHours(1));
        assertThat(keys.trustedKeys()).extracting(VerificationKey::keyId).containsExactly(second);
        assertThat(keys.removeExpired()).containsExactly(first);
        assertThat(repository.findAll()).extracting(StoredSigningKey::keyId).containsExactly(second);
    }

    @Test
    void theJwksListsEveryTrustedKeyAsAnOkpEd25519Key() {
        SigningKeys keys = new SigningKeys(repository, new AesGcmPrivateKeySealer(sealingKey), clock, Duration.ofHours(1));
        keys.rotate();

        JsonNode jwks = new JsonMapper().readTree(keys.jwks());

        assertThat(jwks.get("keys")).hasSize(2);
        for (int i = 0; i < 2; i++) {
            JsonNode jwk = jwks.get("keys").get(i);
            VerificationKey key = keys.trustedKeys().get(i);
            assertThat(jwk.propertyNames()).containsExactly("kty", "crv", "x", "kid", "use", "alg");
            assertThat(jwk.get("x").asString()).hasSize(43).doesNotContain("=")
                    .isEqualTo(java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(key.publicKey()));
            assertThat(jwk.get("kid").asString()).isEqualTo(key.keyId().toString()).hasSize(11);
        }
        assertThat(keys.pem()).contains("kid: " + keys.trustedKeys().get(0).keyId())
                .contains("kid: " + keys.trustedKeys().get(1).keyId());
    }

    @Test
    void invalidPublicKeysAndMismatchedKidsAreRejected() {
        assertThatThrownBy(() -> VerificationKey.of(new byte[31], null)).isInstanceOf(IllegalArgumentException.class);
        byte[] notOnCurve = filled(0xff);
        assertThatThrownBy(() -> VerificationKey.of(notOnCurve, null)).isInstanceOf(IllegalArgumentException.class);
        byte[] pk = new byte[32];
        Ed25519.generatePublicKey(filled(3), 0, pk, 0);
        assertThatThrownBy(() -> new StoredSigningKey(KeyId.ofBytes(filled(1), 0), pk, new byte[40], Instant.EPOCH, null, null))
                .hasMessageContaining("keyId");
    }

    @Test
    void anIssuerRefusesALifetimeLongerThanTheKeyGrace() {
        SigningKeys keys = new SigningKeys(repository, new AesGcmPrivateKeySealer(sealingKey), clock, Duration.ofMinutes(5));
        assertThatThrownBy(() -> new HealthCodeIssuer(keys, clock, Duration.ofMinutes(5)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void pseudonymsAreStablePerEmployeeAndSecretAndRevealNothing() {
        SubjectPseudonyms one = new SubjectPseudonyms(filled(1));
        SubjectPseudonyms other = new SubjectPseudonyms(filled(2));

        assertThat(one.of(1001)).isEqualTo(one.of(1001));
        assertThat(one.of(1001)).isNotEqualTo(one.of(1002));
        assertThat(one.of(1001)).isNotEqualTo(other.of(1001));
        assertThat(one.of(1001).bytes()).hasSize(16);
        assertThat(Pseudonym.parse(one.of(1001).toString())).isEqualTo(one.of(1001));
        assertThatThrownBy(() -> new SubjectPseudonyms(new byte[16])).isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] filled(int value) {
        byte[] b = new byte[32];
        Arrays.fill(b, (byte) value);
        return b;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        return -1;
    }
}
