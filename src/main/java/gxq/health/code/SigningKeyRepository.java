package gxq.health.code;

import java.util.List;

/**
 * Storage of the signing key ring. Implementations keep what they are given: private keys arrive already sealed
 * (see {@link PrivateKeySealer}), so a database table of this holds no usable private key. A JDBC implementation
 * with one row per key id is expected later; {@link InMemorySigningKeyRepository} serves tests and single nodes.
 */
public interface SigningKeyRepository {

    List<StoredSigningKey> findAll();

    /** Inserts, or replaces the key with the same id. */
    void save(StoredSigningKey key);

    void delete(KeyId keyId);
}
