package gxq.health.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import gxq.health.Colour;
import gxq.health.code.HealthCodeIssuer;
import gxq.health.code.HealthCodeVerifier;
import gxq.health.code.KeyId;
import gxq.health.code.Pseudonym;
import gxq.health.code.SigningKeys;
import gxq.health.code.VerificationKey;
import gxq.health.code.VerificationKeys;
import gxq.health.code.VerificationOutcome;
import gxq.testing.IntegrationTest;
import java.security.KeyFactory;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The key ring on the database: keys survive a reload by a fresh ring (another node, a restart), are stored sealed,
 * rotate with the scheduled job, and are published as JWKS and PEM that verify real codes.
 */
@IntegrationTest
@Tag("db")
class KeyRingPersistenceTest {

    @Autowired SigningKeys keys;
    @Autowired HealthCodeIssuer issuer;
    @Autowired HealthCodeVerifier verifier;
    @Autowired KeyRotation rotation;
    @Autowired JdbcClient db;
    @Autowired MockMvc mvc;
    @Autowired gxq.common.crypto.PersonalDataCipher cipher;
    @Autowired net.javacrumbs.shedlock.core.LockProvider locks;

    /** A second node on the same database: same configuration, same tables. */
    SigningKeys secondNode() {
        return new KeyConfiguration().signingKeys(db, cipher, Clock.systemUTC(), locks, "", Duration.ofHours(1));
    }

    @Test
    void aSecondNodeLoadsTheSameActiveKeyInsteadOfMakingOne() {
        SigningKeys other = secondNode();
        assertThat(other.activeKeyId()).isEqualTo(keys.activeKeyId());
        long active = db.sql("select count(*) from health_signing_key where retired_at is null").query(Long.class).single();
        assertThat(active).isEqualTo(1);
        String token = issuer.issue(Pseudonym.random(), Colour.GREEN, 1, 1).token();
        assertThat(new HealthCodeVerifier(other, Clock.systemUTC(), Duration.ofSeconds(30)).verify(token).outcome())
                .isEqualTo(VerificationOutcome.OK);
    }

    @Test
    void privateKeysAreStoredSealedNotInClear() {
        String sealed = db.sql("select sealed_private from health_signing_key where retired_at is null").query(String.class).single();
        byte[] blob = Base64.getDecoder().decode(sealed);
        assertThat(blob.length).isEqualTo(1 + 12 + 32 + 16);   // version, IV, ciphertext, GCM tag
        assertThat(blob[0]).isEqualTo((byte) 1);
    }

    @Test
    void rotationJobMakesANewKeyAndOldCodesStillVerifyWhileOtherNodesFollow() {
        SigningKeys other = secondNode();
        var otherVerifier = new HealthCodeVerifier(new ReloadingVerificationKeys(other, Clock.systemUTC(), Duration.ZERO),
                Clock.systemUTC(), Duration.ofSeconds(30));
        KeyId before = keys.activeKeyId();
        String oldCode = issuer.issue(Pseudonym.random(), Colour.GREEN, 1, 1).token();
        rotation.rotate();
        KeyId after = keys.activeKeyId();
        assertThat(after).isNotEqualTo(before);
        assertThat(verifier.verify(oldCode).outcome()).isEqualTo(VerificationOutcome.OK);
        String newCode = issuer.issue(Pseudonym.random(), Colour.GREEN, 1, 1).token();
        // the other node has not reloaded yet, but an unknown kid makes it re-read the ring
        assertThat(otherVerifier.verify(newCode).outcome()).isEqualTo(VerificationOutcome.OK);
        assertThat(other.activeKeyId()).isEqualTo(after);
        assertThat(db.sql("select count(*) from health_signing_key where kid = :k and sealed_private is null"
                + " and retired_at is not null and trusted_until is not null").param("k", before.toString())
                .query(Long.class).single()).as("a retired key keeps no private key").isEqualTo(1);
        assertThat(db.sql("select count(*) from health_signing_key where retired_at is null").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void expiredKeysAreRemovedAndThenUnknown() {
        var now = java.time.Instant.now();
        Clock later = Clock.fixed(now.plus(Duration.ofHours(2)), java.time.ZoneOffset.UTC);
        KeyId before = keys.activeKeyId();
        String oldCode = issuer.issue(Pseudonym.random(), Colour.GREEN, 1, 1).token();
        keys.rotate();
        SigningKeys future = new KeyConfiguration().signingKeys(db, cipher, later, locks, "", Duration.ofHours(1));
        assertThat(future.removeExpired()).contains(before);
        keys.reload();
        assertThat(keys.find(before)).isEmpty();
        assertThat(verifier.verify(oldCode).outcome()).isEqualTo(VerificationOutcome.UNKNOWN_KEY);
    }

    @Test
    void jwksAndPemArePublicCacheableAndVerifyARealCode() throws Exception {
        String token = issuer.issue(Pseudonym.random(), Colour.GREEN, 1, 1).token();
        String jwks = mvc.perform(get("/public/health-code/jwks.json")).andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("max-age=300")))
                .andReturn().getResponse().getContentAsString();
        List<VerificationKey> fromJwks = new ArrayList<>();
        for (JsonNode k : JsonMapper.builder().build().readTree(jwks).get("keys")) {
            assertThat(k.get("kty").asString()).isEqualTo("OKP");
            VerificationKey key = VerificationKey.of(Base64.getUrlDecoder().decode(k.get("x").asString()), null);
            assertThat(key.keyId().toString()).isEqualTo(k.get("kid").asString());
            fromJwks.add(key);
        }
        assertThat(new HealthCodeVerifier(VerificationKeys.of(fromJwks, Clock.systemUTC()), Clock.systemUTC(),
                Duration.ofSeconds(30)).verify(token).outcome()).isEqualTo(VerificationOutcome.OK);

        String pem = mvc.perform(get("/public/health-code/keys.pem")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        List<VerificationKey> fromPem = new ArrayList<>();
        var blocks = Pattern.compile("-----BEGIN PUBLIC KEY-----\\s*([A-Za-z0-9+/=\\s]+?)-----END PUBLIC KEY-----").matcher(pem);
        while (blocks.find()) {
            byte[] der = Base64.getMimeDecoder().decode(blocks.group(1));
            KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der));   // a standard SPKI key
            fromPem.add(VerificationKey.of(Arrays.copyOfRange(der, der.length - 32, der.length), null));
        }
        assertThat(fromPem).isNotEmpty();
        assertThat(new HealthCodeVerifier(VerificationKeys.of(fromPem, Clock.systemUTC()), Clock.systemUTC(),
                Duration.ofSeconds(30)).verify(token).outcome()).isEqualTo(VerificationOutcome.OK);
    }
}
