package gxq.common.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PersonalDataCipherTest {

    private static final byte[] DATA_KEY = range(0);   // 00 01 .. 1f
    private static final byte[] HASH_KEY = range(32);  // 20 21 .. 3f

    private final PersonalDataCipher cipher = new PersonalDataCipher(DATA_KEY, HASH_KEY);

    private static byte[] range(int from) {
        byte[] key = new byte[32];
        for (int i = 0; i < 32; i++) {
            key[i] = (byte) (from + i);
        }
        return key;
    }

    @Test
    void roundTrip() {
        for (String plain : new String[] {"11010519491231002X", "13812345678", "张三 欧阳娜娜", "𠀀 emoji 😀", ""}) {
            String stored = cipher.encrypt(plain);
            assertThat(stored).startsWith("v1:").doesNotContain(plain.isEmpty() ? "\0" : plain);
            assertThat(cipher.decrypt(stored)).isEqualTo(plain);
        }
    }

    @Test
    void nullStaysNull() {
        assertThat(cipher.encrypt(null)).isNull();
        assertThat(cipher.decrypt(null)).isNull();
        assertThat(cipher.lookupHash(null)).isNull();
    }

    @Test
    void layoutIsIvCiphertextTag() {
        String plain = "13812345678";
        byte[] raw = Base64.getDecoder().decode(cipher.encrypt(plain).substring(3));
        assertThat(raw).hasSize(12 + plain.length() + 16);
    }

    @Test
    void decryptsAValueProducedElsewhere() {
        // Python: AESGCM(bytes(range(32))).encrypt(bytes(range(12)), "张三 13812345678".encode(), None), IV prepended
        assertThat(cipher.decrypt("v1:AAECAwQFBgcICQoLor52/31s4iq+eaa5gt1NW7TuRe+WoVyg+uuDhx8oDFXO+A=="))
                .isEqualTo("张三 13812345678");
    }

    @Test
    void everyEncryptionUsesAFreshIv() {
        Set<String> stored = new HashSet<>();
        Set<String> ivs = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String s = cipher.encrypt("11010519491231002X");
            stored.add(s);
            ivs.add(Arrays.toString(Arrays.copyOf(Base64.getDecoder().decode(s.substring(3)), 12)));
        }
        assertThat(stored).hasSize(1000);
        assertThat(ivs).hasSize(1000);
    }

    @Test
    void tamperingIsDetectedAnywhere() {
        String stored = cipher.encrypt("11010519491231002X");
        byte[] raw = Base64.getDecoder().decode(stored.substring(3));
        for (int i = 0; i < raw.length; i++) { // IV, ciphertext and tag
            byte[] altered = raw.clone();
            altered[i] ^= 0x01;
            String tampered = "v1:" + Base64.getEncoder().encodeToString(altered);
            assertThatIllegalStateException().isThrownBy(() -> cipher.decrypt(tampered))
                    .withMessageContaining("integrity check failed");
        }
        byte[] truncated = Arrays.copyOf(raw, raw.length - 1);
        assertThatIllegalStateException()
                .isThrownBy(() -> cipher.decrypt("v1:" + Base64.getEncoder().encodeToString(truncated)));
    }

    @Test
    void wrongKeyIsDetectedWithoutLeakingSecrets() {
        String stored = cipher.encrypt("11010519491231002X");
        PersonalDataCipher other = new PersonalDataCipher(range(1), HASH_KEY);
        assertThatIllegalStateException().isThrownBy(() -> other.decrypt(stored))
                .withMessageContaining("wrong data key")
                .withMessageNotContaining("11010519491231002X")
                .withMessageNotContaining(Base64.getEncoder().encodeToString(range(1)))
                .withMessageNotContaining(stored.substring(3));
    }

    @Test
    void malformedValuesAreRejected() {
        assertThatIllegalStateException().isThrownBy(() -> cipher.decrypt("11010519491231002X"))
                .withMessageContaining("v1:").withMessageNotContaining("11010519491231002X");
        assertThatIllegalStateException().isThrownBy(() -> cipher.decrypt("v1:not base64!"));
        assertThatIllegalStateException().isThrownBy(() -> cipher.decrypt("v1:AAAA"));
        assertThatIllegalStateException().isThrownBy(() -> cipher.decrypt("v2:" + cipher.encrypt("x").substring(3)));
    }

    @Test
    void lookupHashIsStableAndKeyDependent() {
        String hash = cipher.lookupHash("11010519491231002X");
        // pins the algorithm: Python hmac.new(bytes(range(32)), b"11010519491231002X", hashlib.sha256).hexdigest()
        assertThat(new PersonalDataCipher(HASH_KEY, DATA_KEY).lookupHash("11010519491231002X"))
                .isEqualTo("a66755453b106dcea0cfa264214ae59ff1e8b067f3e5f3aa8085e1d8757880eb");
        assertThat(hash).hasSize(64).matches("[0-9a-f]{64}");
        assertThat(cipher.lookupHash("11010519491231002X")).isEqualTo(hash);
        assertThat(new PersonalDataCipher(range(7), HASH_KEY).lookupHash("11010519491231002X"))
                .as("independent of the data key").isEqualTo(hash);
        assertThat(new PersonalDataCipher(DATA_KEY, range(1)).lookupHash("11010519491231002X"))
                .as("depends on the hash key").isNotEqualTo(hash);
        assertThat(cipher.lookupHash("11010519491231002x")).isNotEqualTo(hash);
    }

    @Test
    void keysMustBe32Bytes() {
        assertThatIllegalArgumentException().isThrownBy(() -> new PersonalDataCipher(new byte[16], HASH_KEY))
                .withMessageContaining("data key");
        assertThatIllegalArgumentException().isThrownBy(() -> new PersonalDataCipher(DATA_KEY, new byte[33]))
                .withMessageContaining("hash key");
        assertThatIllegalArgumentException().isThrownBy(() -> new PersonalDataCipher(null, HASH_KEY));
    }

    @Test
    void callerCannotChangeKeysAfterConstruction() {
        byte[] key = range(0);
        PersonalDataCipher c = new PersonalDataCipher(key, HASH_KEY);
        String stored = c.encrypt("13812345678");
        Arrays.fill(key, (byte) 0);
        assertThat(c.decrypt(stored)).isEqualTo("13812345678");
    }

    @Test
    void threadSafeUnderConcurrentUse() {
        long ok = IntStream.range(0, 20_000).parallel()
                .mapToObj(i -> "1381234" + String.format("%04d", i % 10_000))
                .filter(p -> cipher.decrypt(cipher.encrypt(p)).equals(p)
                        && cipher.lookupHash(p).equals(cipher.lookupHash(p)))
                .count();
        assertThat(ok).isEqualTo(20_000);
    }

    @Test
    void derivedKeysAreStablePerLabelAndUnrelatedAcrossLabels() throws Exception {
        byte[] subject = cipher.deriveKey("gxq/health/subject-key/v1");
        // the derivation the health module used before it moved here: existing pseudonyms and sealed keys stay valid
        byte[] expected = java.security.MessageDigest.getInstance("SHA-256").digest(
                cipher.lookupHash("gxq/health/subject-key/v1").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        org.assertj.core.api.Assertions.assertThat(subject).hasSize(32).isEqualTo(expected)
                .isEqualTo(new PersonalDataCipher(DATA_KEY, HASH_KEY).deriveKey("gxq/health/subject-key/v1"))
                .isNotEqualTo(cipher.deriveKey("gxq/health/signing-key-seal/v1"));
    }
}
