package gxq.health.code;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Where a verifier finds the key named by a code's kid. {@link SigningKeys} is one; a fixed trust list another. */
@FunctionalInterface
public interface VerificationKeys {

    /** The key with this id if it is trusted now; empty for an unknown or retired key. Called once per scan. */
    Optional<VerificationKey> find(KeyId keyId);

    /** A fixed set of keys (e.g. another zone's published keys), each honoured only within its trust window. */
    static VerificationKeys of(Collection<VerificationKey> keys, java.time.Clock clock) {
        Map<KeyId, VerificationKey> byId = keys.stream()
                .collect(Collectors.toUnmodifiableMap(VerificationKey::keyId, Function.identity()));
        return kid -> Optional.ofNullable(byId.get(kid)).filter(k -> k.trustedAt(clock.instant()));
    }
}
