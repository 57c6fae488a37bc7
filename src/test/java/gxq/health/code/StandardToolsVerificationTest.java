package gxq.health.code;

import static org.assertj.core.api.Assertions.assertThat;

import gxq.health.Colour;
import java.math.BigInteger;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.EdECPoint;
import java.security.spec.EdECPublicKeySpec;
import java.security.spec.NamedParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.cbor.CBORMapper;

/**
 * A third party verifies a code with standard tools only: the published JWKS or PEM, a generic CBOR library, an RFC
 * 9285 Base45 decoder and the JDK's own Ed25519 — none of the issuer's classes.
 */
class StandardToolsVerificationTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2020-02-20T08:00:00Z"));
    private final SigningKeys keys = new SigningKeys(new InMemorySigningKeyRepository(),
            new AesGcmPrivateKeySealer(new byte[32]), clock, Duration.ofHours(1));
    private final HealthCodeIssuer issuer = new HealthCodeIssuer(keys, clock, Duration.ofMinutes(3));
    private final CBORMapper cbor = new CBORMapper();

    @Test
    void jdkEd25519VerifiesATokenWithTheKeyFromTheJwks() throws Exception {
        String token = issuer.issue(Pseudonym.random(), Colour.GREEN, 42, 1).token();
        JsonNode jwk = new JsonMapper().readTree(keys.jwks()).get("keys").get(0);
        assertThat(jwk.get("kty").asString()).isEqualTo("OKP");
        assertThat(jwk.get("crv").asString()).isEqualTo("Ed25519");
        assertThat(jwk.get("alg").asString()).isEqualTo("EdDSA");
        assertThat(jwk.get("use").asString()).isEqualTo("sig");

        PublicKey key = fromJwkX(Base64.getUrlDecoder().decode(jwk.get("x").asString()));

        JsonNode cose = cbor.readTree(Base45.decode(token, "GXQ1:".length()));
        JsonNode header = cbor.readTree(cose.get(0).binaryValue());
        assertThat(header.get("1").asInt()).isEqualTo(-8);
        assertThat(Base64.getUrlEncoder().withoutPadding().encodeToString(header.get("4").binaryValue()))
                .isEqualTo(jwk.get("kid").asString());
        assertThat(jdkVerify(key, cose)).isTrue();

        byte[] tampered = cose.get(2).binaryValue();
        tampered[tampered.length - 1] ^= 1;
        JsonNode altered = cbor.createArrayNode().add(cose.get(0).binaryValue()).add(cose.get(1))
                .add(tampered).add(cose.get(3).binaryValue());
        assertThat(jdkVerify(key, altered)).isFalse();
    }

    @Test
    void jdkEd25519VerifiesATokenWithTheKeyFromThePem() throws Exception {
        String token = issuer.issue(Pseudonym.random(), Colour.RED, 42, 1).token();
        String pem = keys.pem();
        assertThat(pem).startsWith("kid: " + keys.activeKeyId() + "\n-----BEGIN PUBLIC KEY-----\n")
                .endsWith("-----END PUBLIC KEY-----\n");
        String body = pem.substring(pem.indexOf("-----BEGIN PUBLIC KEY-----") + 26, pem.indexOf("-----END"))
                .replaceAll("\\s", "");
        PublicKey key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(body)));

        assertThat(jdkVerify(key, cbor.readTree(Base45.decode(token, 5)))).isTrue();
    }

    @Test
    void theKidIsTheFirstEightBytesOfTheSha256OfThePublicKey() throws Exception {
        VerificationKey key = keys.trustedKeys().get(0);
        byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(key.publicKey());
        assertThat(key.keyId().bytes()).isEqualTo(java.util.Arrays.copyOf(digest, 8));
        assertThat(KeyId.parse(key.keyId().toString())).isEqualTo(key.keyId());
    }

    private boolean jdkVerify(PublicKey key, JsonNode cose) throws Exception {
        // Sig_structure = ["Signature1", protected, h'', payload] (RFC 9052 §4.4)
        byte[] toBeSigned = cbor.writeValueAsBytes(cbor.createArrayNode().add("Signature1")
                .add(cose.get(0).binaryValue()).add(new byte[0]).add(cose.get(2).binaryValue()));
        Signature jdk = Signature.getInstance("Ed25519");
        jdk.initVerify(key);
        jdk.update(toBeSigned);
        return jdk.verify(cose.get(3).binaryValue());
    }

    /** RFC 8032 §5.1.3 point decoding into the JDK's EdECPoint: y little-endian, top bit of the last byte = x odd. */
    private static PublicKey fromJwkX(byte[] x) throws Exception {
        byte[] le = x.clone();
        boolean xOdd = (le[31] & 0x80) != 0;
        le[31] &= 0x7f;
        byte[] be = new byte[32];
        for (int i = 0; i < 32; i++) {
            be[i] = le[31 - i];
        }
        EdECPoint point = new EdECPoint(xOdd, new BigInteger(1, be));
        return KeyFactory.getInstance("Ed25519").generatePublic(new EdECPublicKeySpec(NamedParameterSpec.ED25519, point));
    }
}
