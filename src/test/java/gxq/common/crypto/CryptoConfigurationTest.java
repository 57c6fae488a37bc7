package gxq.common.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.SystemEnvironmentPropertySource;

class CryptoConfigurationTest {

    private static final String KEY_A = base64(32, 0);
    private static final String KEY_B = base64(32, 32);
    private static final String SHORT_KEY = base64(16, 0);

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(CryptoConfiguration.class);

    @TempDir
    Path tmp;

    private static String base64(int length, int from) {
        byte[] key = new byte[length];
        for (int i = 0; i < length; i++) {
            key[i] = (byte) (from + i);
        }
        return Base64.getEncoder().encodeToString(key);
    }

    @Test
    void generatesKeysOnFirstStartAndReusesThem() throws Exception {
        Path keyDir = tmp.resolve("data/keys");
        AtomicReference<String> stored = new AtomicReference<>();
        AtomicReference<String> hash = new AtomicReference<>();

        runner.withPropertyValues("gxq.crypto.key-dir=" + keyDir).run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(PersonalDataCipher.class);
            PersonalDataCipher cipher = context.getBean(PersonalDataCipher.class);
            stored.set(cipher.encrypt("11010519491231002X"));
            hash.set(cipher.lookupHash("11010519491231002X"));
        });

        Path dataKey = keyDir.resolve("data.key");
        Path hashKey = keyDir.resolve("hash.key");
        assertThat(dataKey).isRegularFile();
        assertThat(hashKey).isRegularFile();
        assertThat(Base64.getDecoder().decode(Files.readString(dataKey).strip())).hasSize(32);
        assertThat(Base64.getDecoder().decode(Files.readString(hashKey).strip())).hasSize(32);
        assertThat(Files.readString(dataKey)).isNotEqualTo(Files.readString(hashKey));
        try (var files = Files.list(keyDir)) {
            assertThat(files).hasSize(2); // no temp files left behind
        }
        if (keyDir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataKey))).isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(hashKey))).isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyDir))).isEqualTo("rwx------");
        }
        String keyFileBefore = Files.readString(dataKey);

        runner.withPropertyValues("gxq.crypto.key-dir=" + keyDir).run(context -> {
            PersonalDataCipher cipher = context.getBean(PersonalDataCipher.class);
            assertThat(cipher.decrypt(stored.get())).isEqualTo("11010519491231002X");
            assertThat(cipher.lookupHash("11010519491231002X")).isEqualTo(hash.get());
        });
        assertThat(Files.readString(dataKey)).isEqualTo(keyFileBefore);
    }

    @Test
    void environmentVariablesTakePrecedenceOverKeyDir() {
        runner.withPropertyValues("gxq.crypto.key-dir=" + tmp)
                .withInitializer(context -> context.getEnvironment().getPropertySources().addFirst(
                        new SystemEnvironmentPropertySource("testEnv", Map.of(
                                "GXQ_CRYPTO_DATA_KEY", KEY_A, "GXQ_CRYPTO_HASH_KEY", KEY_B))))
                .run(context -> {
                    PersonalDataCipher cipher = context.getBean(PersonalDataCipher.class);
                    PersonalDataCipher expected = new PersonalDataCipher(
                            Base64.getDecoder().decode(KEY_A), Base64.getDecoder().decode(KEY_B));
                    assertThat(cipher.decrypt(expected.encrypt("13812345678"))).isEqualTo("13812345678");
                    assertThat(cipher.lookupHash("13812345678")).isEqualTo(expected.lookupHash("13812345678"));
                });
        assertThat(tmp).isEmptyDirectory();
    }

    @Test
    void keyOfWrongLengthFailsStartUp() {
        runner.withPropertyValues("gxq.crypto.data-key=" + SHORT_KEY, "gxq.crypto.hash-key=" + KEY_B)
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).rootCause()
                            .hasMessageContaining("gxq.crypto.data-key (GXQ_CRYPTO_DATA_KEY)")
                            .hasMessageContaining("exactly 32 bytes but decodes to 16 bytes")
                            .hasMessageNotContaining(SHORT_KEY)
                            .hasMessageNotContaining(KEY_B);
                });
        runner.withPropertyValues("gxq.crypto.data-key=" + KEY_A, "gxq.crypto.hash-key=" + base64(48, 0))
                .run(context -> assertThat(context.getStartupFailure()).rootCause()
                        .hasMessageContaining("gxq.crypto.hash-key"));
    }

    @Test
    void invalidBase64FailsStartUp() {
        runner.withPropertyValues("gxq.crypto.data-key=not*base64", "gxq.crypto.hash-key=" + KEY_B)
                .run(context -> assertThat(context.getStartupFailure()).rootCause()
                        .hasMessageContaining("is not valid base64")
                        .hasMessageNotContaining("not*base64"));
    }

    @Test
    void onlyOneKeyFailsStartUp() {
        runner.withPropertyValues("gxq.crypto.hash-key=" + KEY_B, "gxq.crypto.key-dir=" + tmp)
                .run(context -> assertThat(context.getStartupFailure()).rootCause()
                        .hasMessageContaining("Only one of gxq.crypto.hash-key"));
        assertThat(tmp).isEmptyDirectory();
    }

    @Test
    void incompleteKeyDirFailsInsteadOfReplacingAKey() throws Exception {
        Files.writeString(tmp.resolve("data.key"), KEY_A);
        assertThatIllegalStateException()
                .isThrownBy(() -> CryptoConfiguration.createCipher(new CryptoProperties(null, null, tmp)))
                .withMessageContaining("contains only data.key")
                .withMessageNotContaining(KEY_A);
        assertThat(tmp.resolve("hash.key")).doesNotExist();
    }

    @Test
    void damagedKeyFileFails() throws Exception {
        Files.writeString(tmp.resolve("data.key"), KEY_A + "\n");
        Files.writeString(tmp.resolve("hash.key"), SHORT_KEY, StandardCharsets.US_ASCII);
        assertThatIllegalStateException()
                .isThrownBy(() -> CryptoConfiguration.createCipher(new CryptoProperties(" ", "", tmp)))
                .withMessageContaining("hash.key")
                .withMessageContaining("decodes to 16 bytes");
    }

    @Test
    void keyDirDefaultsToDataKeys() {
        CryptoProperties properties = new Binder(new MapConfigurationPropertySource(Map.of()))
                .bindOrCreate("gxq.crypto", CryptoProperties.class);
        // relative to the working directory
        assertThat(properties.keyDir().toAbsolutePath().normalize()).isEqualTo(Path.of("data/keys").toAbsolutePath());
        assertThat(properties.dataKey()).isNull();
    }

    @Test
    void propertiesNeverPrintKeys() {
        assertThat(new CryptoProperties(KEY_A, KEY_B, tmp).toString()).doesNotContain(KEY_A, KEY_B);
    }
}
