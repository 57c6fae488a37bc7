package gxq.common.crypto;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Keys for {@link PersonalDataCipher}.
 *
 * @param dataKey base64 of 32 bytes (env {@code GXQ_CRYPTO_DATA_KEY}); required in production
 * @param hashKey base64 of 32 bytes (env {@code GXQ_CRYPTO_HASH_KEY}); required in production
 * @param keyDir  where {@code data.key}/{@code hash.key} are kept when neither key is set (development only)
 */
@ConfigurationProperties(prefix = "gxq.crypto")
public record CryptoProperties(String dataKey, String hashKey, @DefaultValue("./data/keys") Path keyDir) {

    @Override
    public String toString() {
        // never print keys
        return "CryptoProperties[dataKey=" + (hasText(dataKey) ? "***" : "<unset>")
                + ", hashKey=" + (hasText(hashKey) ? "***" : "<unset>") + ", keyDir=" + keyDir + "]";
    }

    private static boolean hasText(String s) {
        return s != null && !s.isBlank();
    }
}
