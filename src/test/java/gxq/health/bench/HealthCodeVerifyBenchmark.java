package gxq.health.bench;

import gxq.health.Colour;
import gxq.health.code.AesGcmPrivateKeySealer;
import gxq.health.code.HealthCodeIssuer;
import gxq.health.code.HealthCodeVerifier;
import gxq.health.code.InMemorySigningKeyRepository;
import gxq.health.code.Pseudonym;
import gxq.health.code.SigningKeys;
import gxq.health.code.Verification;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.bouncycastle.math.ec.rfc8032.Ed25519;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Signature verifications per second, single thread: the raw libraries beside the full scan verification
 * ({@link HealthCodeVerifier#verify}: prefix, Base45, COSE/CBOR decoding, key lookup, Ed25519, claims, expiry).
 * Each verifies a message of the size of a real Sig_structure (~75 bytes). Run with {@link HealthCodeBenchmarks}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class HealthCodeVerifyBenchmark {

    private byte[] message;
    private byte[] bcPublicKey;
    private Ed25519.PublicPoint bcPublicPoint;
    private byte[] bcSignature;
    private Ed25519Signer bcSigner;
    private Signature jdk;
    private KeyPair jdkKeys;
    private byte[] jdkSignature;
    private HealthCodeVerifier verifier;
    private String token;

    @Setup
    public void setUp() throws Exception {
        message = "[\"Signature1\", protected header, h'', {1: zone, 2: subject16, 3: colour, 4: exp, 5: seq, 6: iat}]"
                .substring(0, 75).getBytes(StandardCharsets.US_ASCII);

        SecureRandom random = new SecureRandom();
        Ed25519PrivateKeyParameters bcPrivate = new Ed25519PrivateKeyParameters(random);
        Ed25519PublicKeyParameters bcPublic = bcPrivate.generatePublicKey();
        bcPublicKey = bcPublic.getEncoded();
        bcPublicPoint = Ed25519.validatePublicKeyFullExport(bcPublicKey, 0);
        Ed25519Signer signer = new Ed25519Signer();
        signer.init(true, bcPrivate);
        signer.update(message, 0, message.length);
        bcSignature = signer.generateSignature();
        bcSigner = new Ed25519Signer();
        bcSigner.init(false, bcPublic);

        jdkKeys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        jdk = Signature.getInstance("Ed25519");
        jdk.initSign(jdkKeys.getPrivate());
        jdk.update(message);
        jdkSignature = jdk.sign();
        jdk.initVerify(jdkKeys.getPublic());

        Clock clock = Clock.fixed(Instant.parse("2020-02-20T08:00:00Z"), ZoneOffset.UTC);
        SigningKeys keys = new SigningKeys(new InMemorySigningKeyRepository(), new AesGcmPrivateKeySealer(new byte[32]),
                clock, SigningKeys.DEFAULT_GRACE);
        token = new HealthCodeIssuer(keys, clock, Duration.ofMinutes(3)).issue(Pseudonym.random(), Colour.GREEN, 1234, 56).token();
        verifier = new HealthCodeVerifier(keys, clock, HealthCodeVerifier.DEFAULT_CLOCK_SKEW);
        if (!verifier.verify(token).ok() || !bcRawBytes() || !bcPrecomputedPoint() || !bcSigner() || !jdk()) {
            throw new IllegalStateException("A benchmark does not verify");
        }
    }

    /** BouncyCastle low-level RFC 8032, public key as 32 bytes (decoded on every call). */
    @Benchmark
    public boolean bcRawBytes() {
        return Ed25519.verify(bcSignature, 0, bcPublicKey, 0, message, 0, message.length);
    }

    /** BouncyCastle low-level RFC 8032 with the public point decoded once: what the verifier uses. */
    @Benchmark
    public boolean bcPrecomputedPoint() {
        return Ed25519.verify(bcSignature, 0, bcPublicPoint, message, 0, message.length);
    }

    /** BouncyCastle lightweight API: Ed25519Signer with Ed25519PublicKeyParameters. */
    @Benchmark
    public boolean bcSigner() {
        bcSigner.update(message, 0, message.length);
        return bcSigner.verifySignature(bcSignature);
    }

    /** JDK 17 SunEC: Signature.getInstance("Ed25519"). */
    @Benchmark
    public boolean jdk() throws Exception {
        jdk.update(message);
        return jdk.verify(jdkSignature);
    }

    /** The whole scan check on a real token. */
    @Benchmark
    public Verification healthCodeVerifier() {
        return verifier.verify(token);
    }
}
