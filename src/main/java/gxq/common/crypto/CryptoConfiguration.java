package gxq.common.crypto;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Provides the {@link PersonalDataCipher}.
 *
 * <p>Production: set {@code GXQ_CRYPTO_DATA_KEY} and {@code GXQ_CRYPTO_HASH_KEY} (each {@code openssl rand -base64 32}).
 * Development: when neither is set, keys are read from (or generated on first start into) {@code gxq.crypto.key-dir}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CryptoProperties.class)
public class CryptoConfiguration {

    static final String DATA_KEY_FILE = "data.key";
    static final String HASH_KEY_FILE = "hash.key";
    static final Path DEFAULT_KEY_DIR = Path.of("./data", "keys");

    private static final Logger log = LoggerFactory.getLogger(CryptoConfiguration.class);
    private static final int KEY_BYTES = 32;
    private static final String DATA_KEY_NAME = "gxq.crypto.data-key (GXQ_CRYPTO_DATA_KEY)";
    private static final String HASH_KEY_NAME = "gxq.crypto.hash-key (GXQ_CRYPTO_HASH_KEY)";
    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_DIR = PosixFilePermissions.fromString("rwx------");

    @Bean
    public PersonalDataCipher personalDataCipher(CryptoProperties properties) {
        return createCipher(properties);
    }

    /**
     * Resolves the keys as described on the class and builds the cipher.
     *
     * @throws IllegalStateException with an operator-friendly message (never containing key material)
     */
    static PersonalDataCipher createCipher(CryptoProperties properties) {
        boolean hasData = hasText(properties.dataKey());
        boolean hasHash = hasText(properties.hashKey());
        if (hasData && hasHash) {
            byte[] dataKey = decodeKey(properties.dataKey(), DATA_KEY_NAME);
            byte[] hashKey = decodeKey(properties.hashKey(), HASH_KEY_NAME);
            if (Arrays.equals(dataKey, hashKey)) {
                log.warn("GXQ_CRYPTO_DATA_KEY and GXQ_CRYPTO_HASH_KEY are identical; use two independent keys");
            }
            return new PersonalDataCipher(dataKey, hashKey);
        }
        if (hasData || hasHash) {
            throw new IllegalStateException("Only one of " + (hasData ? DATA_KEY_NAME : HASH_KEY_NAME)
                    + " is set; set both " + DATA_KEY_NAME + " and " + HASH_KEY_NAME + ", or neither for development");
        }
        Path keyDir = properties.keyDir() != null ? properties.keyDir() : DEFAULT_KEY_DIR;
        return fromKeyDir(keyDir.toAbsolutePath().normalize());
    }

    private static PersonalDataCipher fromKeyDir(Path dir) {
        Path dataFile = dir.resolve(DATA_KEY_FILE);
        Path hashFile = dir.resolve(HASH_KEY_FILE);
        try {
            boolean dataExists = Files.exists(dataFile);
            boolean hashExists = Files.exists(hashFile);
            if (!dataExists && !hashExists) {
                generateKeys(dir, dataFile, hashFile);
                log.warn("Generated new personal-data keys in {}. Back them up: encrypted data cannot be read without "
                        + "them. Production must set GXQ_CRYPTO_DATA_KEY and GXQ_CRYPTO_HASH_KEY instead.", dir);
            } else if (dataExists != hashExists) {
                throw new IllegalStateException("Key directory " + dir + " contains only "
                        + (dataExists ? DATA_KEY_FILE : HASH_KEY_FILE) + "; restore the missing "
                        + (dataExists ? HASH_KEY_FILE : DATA_KEY_FILE) + " from backup (a new key would make "
                        + "existing data unreadable or unsearchable)");
            } else {
                warnIfReadableByOthers(dataFile);
                warnIfReadableByOthers(hashFile);
                log.warn("Personal-data keys loaded from {} (development mode). Production must set "
                        + "GXQ_CRYPTO_DATA_KEY and GXQ_CRYPTO_HASH_KEY.", dir);
            }
            return new PersonalDataCipher(
                    decodeKey(Files.readString(dataFile, StandardCharsets.US_ASCII), "key file " + dataFile),
                    decodeKey(Files.readString(hashFile, StandardCharsets.US_ASCII), "key file " + hashFile));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read or create personal-data keys in " + dir + ": " + e, e);
        }
    }

    private static void generateKeys(Path dir, Path dataFile, Path hashFile) throws IOException {
        boolean posix = dir.getFileSystem().supportedFileAttributeViews().contains("posix");
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir);
            if (posix) {
                Files.setPosixFilePermissions(dir, OWNER_DIR);
            }
        }
        SecureRandom random = new SecureRandom();
        writeKey(dir, dataFile, random, posix);
        writeKey(dir, hashFile, random, posix);
    }

    // write to an owner-only temp file, then move into place so readers never see a partial key
    private static void writeKey(Path dir, Path target, SecureRandom random, boolean posix) throws IOException {
        byte[] key = new byte[KEY_BYTES];
        random.nextBytes(key);
        FileAttribute<?>[] attrs = posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_FILE)}
                : new FileAttribute<?>[0];
        Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp", attrs);
        try {
            Files.writeString(tmp, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
            if (Files.exists(target)) {
                throw new FileAlreadyExistsException(target.toString(), null, "created concurrently by another process");
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target);
            }
        } finally {
            Files.deleteIfExists(tmp);
            Arrays.fill(key, (byte) 0);
        }
    }

    private static void warnIfReadableByOthers(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")
                && !OWNER_FILE.containsAll(Files.getPosixFilePermissions(file))) {
            log.warn("Key file {} is accessible to other users; restrict it with chmod 600", file);
        }
    }

    private static byte[] decodeKey(String base64, String name) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(name + " is not valid base64; generate a key with: openssl rand -base64 32");
        }
        if (key.length != KEY_BYTES) {
            throw new IllegalStateException(name + " must be base64 of exactly " + KEY_BYTES + " bytes but decodes to "
                    + key.length + " bytes; generate a key with: openssl rand -base64 32");
        }
        return key;
    }

    private static boolean hasText(String s) {
        return s != null && !s.isBlank();
    }
}
