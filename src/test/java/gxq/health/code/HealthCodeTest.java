package gxq.health.code;

import static org.assertj.core.api.Assertions.assertThat;

import gxq.health.Colour;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.cbor.CBORMapper;

class HealthCodeTest {

    private static final Instant T0 = Instant.parse("2020-02-20T08:00:00Z");
    private static final Duration SKEW = Duration.ofSeconds(30);

    private final MutableClock clock = new MutableClock(T0);
    private final byte[] sealingKey = new byte[32];
    private SigningKeys keys;
    private HealthCodeIssuer issuer;
    private HealthCodeVerifier verifier;
    private final Pseudonym alice = new SubjectPseudonyms(new byte[32]).of(1001);

    @BeforeEach
    void setUp() {
        new SecureRandom().nextBytes(sealingKey);
        keys = new SigningKeys(new InMemorySigningKeyRepository(), new AesGcmPrivateKeySealer(sealingKey), clock,
                Duration.ofMinutes(10));
        issuer = new HealthCodeIssuer(keys, clock, Duration.ofMinutes(3));
        verifier = new HealthCodeVerifier(keys, clock, SKEW);
    }

    @Test
    void aFreshCodeVerifiesAndCarriesItsClaims() {
        IssuedHealthCode code = issuer.issue(alice, Colour.YELLOW, 42, 7);

        Verification v = verifier.verify(code.token());

        assertThat(v.outcome()).isEqualTo(VerificationOutcome.OK);
        HealthCodeClaims claims = v.accepted();
        assertThat(claims).isEqualTo(code.claims());
        assertThat(claims.subject()).isEqualTo(alice);
        assertThat(claims.colour()).isEqualTo(Colour.YELLOW);
        assertThat(claims.zoneId()).isEqualTo(42);
        assertThat(claims.sequence()).isEqualTo(7);
        assertThat(claims.issuedAt()).isEqualTo(T0);
        assertThat(claims.expiresAt()).isEqualTo(T0.plus(Duration.ofMinutes(3)));
        assertThat(claims.keyId()).isEqualTo(keys.activeKeyId());
    }

    @Test
    void everyColourAndLargeNumbersRoundTrip() {
        for (Colour colour : Colour.values()) {
            for (long n : new long[] {0, 23, 24, 255, 65536, 4_294_967_296L, Long.MAX_VALUE}) {
                HealthCodeClaims c = verifier.verify(issuer.issue(alice, colour, n, n).token()).accepted();
                assertThat(c.colour()).isEqualTo(colour);
                assertThat(c.zoneId()).isEqualTo(n);
                assertThat(c.sequence()).isEqualTo(n);
            }
        }
    }

    @Test
    void theTokenUsesOnlyQrAlphanumericCharactersAndIsShort() {
        for (int i = 0; i < 200; i++) {
            String token = issuer.issue(Pseudonym.random(), Colour.values()[i % 3], 1 + i * 997L, i * 31L).token();
            assertThat(token).startsWith("GXQ1:").matches("[0-9A-Z $%*+\\-./:]+");
            assertThat(token.length()).isLessThan(200);
        }
        // a typical zone id and sequence: the figure reported in docs/health-code.md
        assertThat(issuer.issue(alice, Colour.GREEN, 1234, 56).token()).hasSize(193);
    }

    @Test
    void compressionIsSkippedBecauseItDoesNotShrinkASignedCode() throws Exception {
        byte[] cose = HealthCodeFormat.unwrap(issuer.issue(alice, Colour.GREEN, 1234, 56).token());
        assertThat(cose[0] & 0xff).as("tag 18, not a zlib header").isEqualTo(0xd2);
        assertThat(HealthCodeFormat.deflate(cose).length).isGreaterThanOrEqualTo(cose.length);
    }

    @Test
    void aZlibCompressedTokenIsAlsoAccepted() throws Exception {
        byte[] cose = HealthCodeFormat.unwrap(issuer.issue(alice, Colour.RED, 5, 9).token());
        String compressed = HealthCodeFormat.PREFIX + Base45.encode(HealthCodeFormat.deflate(cose));

        assertThat(verifier.verify(compressed).accepted().colour()).isEqualTo(Colour.RED);
    }

    @Test
    void anOversizedZlibStreamIsMalformed() {
        byte[] bomb = HealthCodeFormat.deflate(new byte[100_000]);
        assertThat(verifier.verify(HealthCodeFormat.PREFIX + Base45.encode(bomb)).outcome())
                .isEqualTo(VerificationOutcome.MALFORMED);
    }

    @Test
    void anUntaggedCoseSign1IsAccepted() throws Exception {
        byte[] cose = HealthCodeFormat.unwrap(issuer.issue(alice, Colour.GREEN, 5, 9).token());
        byte[] untagged = java.util.Arrays.copyOfRange(cose, 1, cose.length);
        assertThat(verifier.verify(HealthCodeFormat.PREFIX + Base45.encode(untagged)).ok()).isTrue();
    }

    @Test
    void theCodeHoldsOnlyTheDocumentedClaimsAndNoPersonalData() throws Exception {
        String token = issuer.issue(alice, Colour.GREEN, 42, 7).token();
        JsonNode cose = new CBORMapper().readTree(HealthCodeFormat.unwrap(token));
        JsonNode claims = new CBORMapper().readTree(cose.get(2).binaryValue());

        assertThat(claims.propertyNames()).containsExactly("1", "2", "3", "4", "5", "6");
        assertThat(claims.get("2").binaryValue()).hasSize(16).isEqualTo(alice.bytes());
        assertThat(claims.get("1").asLong()).isEqualTo(42);
        assertThat(claims.get("3").asInt()).isEqualTo(1);
        assertThat(claims.get("4").asLong()).isEqualTo(T0.getEpochSecond() + 180);
        assertThat(claims.get("5").asLong()).isEqualTo(7);
        assertThat(claims.get("6").asLong()).isEqualTo(T0.getEpochSecond());
        JsonNode header = new CBORMapper().readTree(cose.get(0).binaryValue());
        assertThat(header.get("1").asInt()).isEqualTo(-8);
        assertThat(header.get("4").binaryValue()).isEqualTo(keys.activeKeyId().bytes());
        assertThat(cose.get(1).size()).isZero();
        assertThat(cose.get(3).binaryValue()).hasSize(64);
    }

    // ---------------------------------------------------------------- tampering and forgery

    @Test
    void changingAnyCharacterOfTheTokenIsRefused() {
        String token = issuer.issue(alice, Colour.GREEN, 42, 7).token();
        String alphabet = Base45.ALPHABET;
        for (int i = 0; i < token.length(); i++) {
            char original = token.charAt(i);
            char replacement = alphabet.charAt((alphabet.indexOf(original) + 1) % alphabet.length());
            String altered = token.substring(0, i) + replacement + token.substring(i + 1);
            assertThat(verifier.verify(altered).outcome()).as("character %d altered", i)
                    .isNotEqualTo(VerificationOutcome.OK);
        }
    }

    @Test
    void aBase45CharacterInsideTheSignedClaimsAlteredIsABadSignature() throws Exception {
        String token = issuer.issue(alice, Colour.GREEN, 42, 7).token();
        byte[] cose = HealthCodeFormat.unwrap(token);
        int subjectAt = indexOf(cose, alice.bytes());
        // bytes [2k, 2k+1] become characters [3k, 3k+2] after the prefix: alter the first character of a pair
        // lying wholly inside the subject, keeping it a valid Base45 group
        int pair = (subjectAt + 1) / 2 * 2;
        int at = HealthCodeFormat.PREFIX.length() + pair / 2 * 3;
        char c = token.charAt(at);
        char replacement = c == '0' ? '1' : '0';
        String altered = token.substring(0, at) + replacement + token.substring(at + 1);

        assertThat(verifier.verify(altered).outcome()).isEqualTo(VerificationOutcome.BAD_SIGNATURE);
    }

    @Test
    void aFlippedBitInTheCborPayloadIsABadSignature() throws Exception {
        byte[] cose = HealthCodeFormat.unwrap(issuer.issue(alice, Colour.RED, 42, 7).token());
        byte[] greenCode = HealthCodeFormat.claims(new HealthCodeClaims(alice, Colour.RED, 42, 7, T0,
                T0.plusSeconds(180), keys.activeKeyId()));
        int colourAt = indexOf(cose, greenCode) + indexOf(greenCode, new byte[] {3, 3}) + 1; // key 3, value 3 (red)
        assertThat(cose[colourAt]).isEqualTo((byte) 3);
        cose[colourAt] = 1; // red -> green: still valid CBOR, still a valid colour

        Verification v = verifier.verify(HealthCodeFormat.PREFIX + Base45.encode(cose));

        assertThat(v.outcome()).isEqualTo(VerificationOutcome.BAD_SIGNATURE);
        assertThat(v.claims()).as("no claim of a forged code is read").isEmpty();
    }

    @Test
    void aFlippedBitInTheSignatureIsABadSignature() throws Exception {
        byte[] cose = HealthCodeFormat.unwrap(issuer.issue(alice, Colour.GREEN, 42, 7).token());
        cose[cose.length - 1] ^= 0x01;
        assertThat(verifier.verify(HealthCodeFormat.PREFIX + Base45.encode(cose)).outcome())
                .isEqualTo(VerificationOutcome.BAD_SIGNATURE);
    }

    @Test
    void aCodeSignedByAnotherKeyUnderOurKidIsABadSignature() {
        SigningKeys forger = new SigningKeys(new InMemorySigningKeyRepository(), new AesGcmPrivateKeySealer(new byte[32]),
                clock, Duration.ofMinutes(10));
        KeyId ourKid = keys.activeKeyId();
        byte[] protectedHeader = HealthCodeFormat.protectedHeader(ourKid);
        byte[] payload = HealthCodeFormat.claims(new HealthCodeClaims(alice, Colour.GREEN, 42, 7, T0,
                T0.plusSeconds(180), ourKid));
        byte[] signature = forger.activeKey().sign(HealthCodeFormat.toBeSigned(protectedHeader, payload));
        String forged = HealthCodeFormat.token(HealthCodeFormat.coseSign1(protectedHeader, payload, signature));

        assertThat(verifier.verify(forged).outcome()).isEqualTo(VerificationOutcome.BAD_SIGNATURE);
    }

    @Test
    void aCodeSignedByAnUntrustedKeyIsUnknownKey() {
        SigningKeys otherIssuerKeys = new SigningKeys(new InMemorySigningKeyRepository(),
                new AesGcmPrivateKeySealer(new byte[32]), clock, Duration.ofMinutes(10));
        String foreign = new HealthCodeIssuer(otherIssuerKeys, clock, Duration.ofMinutes(3))
                .issue(alice, Colour.GREEN, 42, 7).token();

        assertThat(verifier.verify(foreign).outcome()).isEqualTo(VerificationOutcome.UNKNOWN_KEY);
    }

    @Test
    void aValidSignatureOverClaimsOfAnotherLayoutIsMalformed() {
        SigningKeys.ActiveKey key = keys.activeKey();
        byte[] protectedHeader = HealthCodeFormat.protectedHeader(key.keyId());
        byte[] payload = {(byte) 0xa1, 0x01, 0x02}; // {1: 2}: signed, but no subject, colour or times
        String token = HealthCodeFormat.token(HealthCodeFormat.coseSign1(protectedHeader, payload,
                key.sign(HealthCodeFormat.toBeSigned(protectedHeader, payload))));

        assertThat(verifier.verify(token).outcome()).isEqualTo(VerificationOutcome.MALFORMED);
    }

    @Test
    void nonCodesAreMalformed() throws Exception {
        byte[] cose = HealthCodeFormat.unwrap(issuer.issue(alice, Colour.GREEN, 42, 7).token());
        String valid = HealthCodeFormat.PREFIX + Base45.encode(cose);
        byte[] trailing = java.util.Arrays.copyOf(cose, cose.length + 1);
        byte[] truncated = java.util.Arrays.copyOf(cose, cose.length - 1);
        byte[] es256 = cose.clone();
        es256[indexOf(cose, new byte[] {0x01, 0x27})] = 0x01;
        es256[indexOf(cose, new byte[] {0x01, 0x27}) + 1] = 0x26; // alg -7 (ES256) instead of -8

        for (String token : List.of("", "GXQ1:", "HC1:" + valid.substring(5), "gxq1:" + valid.substring(5),
                valid + "A", valid.substring(0, valid.length() - 3), "GXQ1:" + Base45.encode(new byte[] {1, 2, 3}),
                HealthCodeFormat.PREFIX + Base45.encode(trailing), HealthCodeFormat.PREFIX + Base45.encode(truncated),
                HealthCodeFormat.PREFIX + Base45.encode(es256), "GXQ1:" + "A".repeat(3000))) {
            assertThat(verifier.verify(token).outcome()).as(token).isEqualTo(VerificationOutcome.MALFORMED);
        }
        assertThat(verifier.verify(null).outcome()).isEqualTo(VerificationOutcome.MALFORMED);
    }

    @Test
    void aKidInTheUnprotectedHeaderIsNotHonoured() throws Exception {
        byte[] cose = HealthCodeFormat.unwrap(issuer.issue(alice, Colour.GREEN, 42, 7).token());
        int emptyMap = indexOf(cose, new byte[] {(byte) 0xa0, 0x58});
        byte[] kid = keys.activeKeyId().bytes();
        byte[] altered = new byte[cose.length + 11];
        System.arraycopy(cose, 0, altered, 0, emptyMap);
        altered[emptyMap] = (byte) 0xa1;
        altered[emptyMap + 1] = 0x04;
        altered[emptyMap + 2] = 0x48;
        System.arraycopy(kid, 0, altered, emptyMap + 3, 8);
        System.arraycopy(cose, emptyMap + 1, altered, emptyMap + 11, cose.length - emptyMap - 1);

        assertThat(verifier.verify(HealthCodeFormat.PREFIX + Base45.encode(altered)).outcome())
                .isEqualTo(VerificationOutcome.MALFORMED);
    }

    // ---------------------------------------------------------------- time

    @Test
    void aCodeExpiresAfterItsLifetimePlusTheSkewAllowance() {
        IssuedHealthCode code = issuer.issue(alice, Colour.GREEN, 42, 7);

        clock.set(code.claims().expiresAt().plus(SKEW));
        assertThat(verifier.verify(code.token()).outcome()).isEqualTo(VerificationOutcome.OK);

        clock.advance(Duration.ofSeconds(1));
        Verification expired = verifier.verify(code.token());
        assertThat(expired.outcome()).isEqualTo(VerificationOutcome.EXPIRED);
        assertThat(expired.claims()).as("genuine, so the scan log may name the subject").hasValue(code.claims());
    }

    @Test
    void aCodeFromTheFutureIsNotYetValid() {
        clock.set(T0.plus(Duration.ofMinutes(2)));
        IssuedHealthCode code = issuer.issue(alice, Colour.GREEN, 42, 7);

        clock.set(code.claims().issuedAt().minus(SKEW));
        assertThat(verifier.verify(code.token()).outcome()).isEqualTo(VerificationOutcome.OK);

        clock.set(code.claims().issuedAt().minus(SKEW).minusSeconds(1));
        assertThat(verifier.verify(code.token()).outcome()).isEqualTo(VerificationOutcome.NOT_YET_VALID);
    }

    @Test
    void aRefusedSignatureIsReportedBeforeExpiry() throws Exception {
        byte[] cose = HealthCodeFormat.unwrap(issuer.issue(alice, Colour.GREEN, 42, 7).token());
        cose[cose.length - 5] ^= 0x40;
        clock.advance(Duration.ofDays(1));
        assertThat(verifier.verify(HealthCodeFormat.PREFIX + Base45.encode(cose)).outcome())
                .isEqualTo(VerificationOutcome.BAD_SIGNATURE);
    }

    // ---------------------------------------------------------------- rotation

    @Test
    void afterRotationOldCodesVerifyUntilTheOldKeyIsRetired() {
        String old = issuer.issue(alice, Colour.GREEN, 42, 7).token();
        KeyId oldKid = keys.activeKeyId();
        HealthCodeVerifier lenient = new HealthCodeVerifier(keys, clock, Duration.ofMinutes(5));

        KeyId newKid = keys.rotate();

        assertThat(newKid).isNotEqualTo(oldKid);
        assertThat(keys.activeKeyId()).isEqualTo(newKid);
        String fresh = issuer.issue(alice, Colour.GREEN, 42, 7).token();
        assertThat(verifier.verify(fresh).accepted().keyId()).isEqualTo(newKid);
        assertThat(verifier.verify(old).accepted().keyId()).isEqualTo(oldKid);

        clock.advance(Duration.ofMinutes(10).minusSeconds(1)); // grace period 10 minutes
        assertThat(lenient.verify(old).outcome()).isEqualTo(VerificationOutcome.EXPIRED);
        clock.advance(Duration.ofSeconds(1));
        assertThat(lenient.verify(old).outcome()).isEqualTo(VerificationOutcome.UNKNOWN_KEY);
        assertThat(keys.removeExpired()).containsExactly(oldKid);
        assertThat(keys.find(oldKid)).isEmpty();
        assertThat(verifier.verify(issuer.issue(alice, Colour.GREEN, 42, 7).token()).ok()).isTrue();
    }

    @Test
    void aRevokedKeyIsUnknownAtOnce() {
        String code = issuer.issue(alice, Colour.GREEN, 42, 7).token();
        KeyId leaked = keys.activeKeyId();

        keys.revoke(leaked);

        assertThat(keys.activeKeyId()).isNotEqualTo(leaked);
        assertThat(verifier.verify(code).outcome()).isEqualTo(VerificationOutcome.UNKNOWN_KEY);
        assertThat(verifier.verify(issuer.issue(alice, Colour.GREEN, 42, 7).token()).ok()).isTrue();
    }

    @Test
    void aVerifierOnAFixedTrustListHonoursItsWindow() {
        String code = issuer.issue(alice, Colour.GREEN, 42, 7).token();
        VerificationKey key = keys.trustedKeys().get(0);
        VerificationKeys trustList = VerificationKeys.of(
                List.of(VerificationKey.of(key.publicKey(), T0.plusSeconds(60))), clock);
        HealthCodeVerifier remote = new HealthCodeVerifier(trustList, clock, SKEW);

        assertThat(remote.verify(code).ok()).isTrue();
        clock.advance(Duration.ofSeconds(60));
        assertThat(remote.verify(code).outcome()).isEqualTo(VerificationOutcome.UNKNOWN_KEY);
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not found: " + HexFormat.of().formatHex(needle));
    }

}
