package gxq.health.code;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link SigningKeyRepository} in memory: keys vanish with the process. */
public final class InMemorySigningKeyRepository implements SigningKeyRepository {

    private final Map<KeyId, StoredSigningKey> keys = new ConcurrentHashMap<>();

    @Override
    public List<StoredSigningKey> findAll() {
        return List.copyOf(keys.values());
    }

    @Override
    public void save(StoredSigningKey key) {
        keys.put(key.keyId(), key);
    }

    @Override
    public void delete(KeyId keyId) {
        keys.remove(keyId);
    }
}
