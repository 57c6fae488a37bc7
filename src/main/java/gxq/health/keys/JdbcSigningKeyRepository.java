package gxq.health.keys;

import gxq.health.code.KeyId;
import gxq.health.code.SigningKeyRepository;
import gxq.health.code.StoredSigningKey;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The key ring in table {@code health_signing_key}: one row per key id, public key and sealed private key in base64
 * (the private key sealed by {@code AesGcmPrivateKeySealer}, so the table holds no usable private key; a retired
 * key's private key is erased: {@code sealed_private} is null, see V16).
 */
class JdbcSigningKeyRepository implements SigningKeyRepository {

    private final JdbcClient db;

    JdbcSigningKeyRepository(JdbcClient db) {
        this.db = db;
    }

    @Override
    public List<StoredSigningKey> findAll() {
        Base64.Decoder b64 = Base64.getDecoder();
        return db.sql("select kid, public_key, sealed_private, created_at, retired_at, trusted_until from health_signing_key")
                .query((rs, n) -> {
                    String sealed = rs.getString("sealed_private");
                    return new StoredSigningKey(KeyId.parse(rs.getString("kid")), b64.decode(rs.getString("public_key")),
                            sealed == null ? null : b64.decode(sealed), instant(rs.getObject("created_at", OffsetDateTime.class)),
                            instant(rs.getObject("retired_at", OffsetDateTime.class)),
                            instant(rs.getObject("trusted_until", OffsetDateTime.class)));
                }).list();
    }

    @Override
    public void save(StoredSigningKey key) {
        Base64.Encoder b64 = Base64.getEncoder();
        String kid = key.keyId().toString();
        String sealed = key.sealedPrivateKey() == null ? null : b64.encodeToString(key.sealedPrivateKey());
        int updated = db.sql("""
                update health_signing_key set sealed_private = :sealed, retired_at = :retired, trusted_until = :until
                where kid = :kid""").param("sealed", sealed).param("retired", odt(key.retiredAt()))
                .param("until", odt(key.trustedUntil())).param("kid", kid).update();
        if (updated == 0) {
            db.sql("""
                    insert into health_signing_key (kid, public_key, sealed_private, created_at, retired_at, trusted_until)
                    values (:kid, :pub, :sealed, :created, :retired, :until)""")
                    .param("kid", kid).param("pub", b64.encodeToString(key.publicKey())).param("sealed", sealed)
                    .param("created", odt(key.createdAt())).param("retired", odt(key.retiredAt()))
                    .param("until", odt(key.trustedUntil())).update();
        }
    }

    @Override
    public void delete(KeyId keyId) {
        db.sql("delete from health_signing_key where kid = :kid").param("kid", keyId.toString()).update();
    }

    private static OffsetDateTime odt(Instant i) {
        return i == null ? null : i.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }
}
