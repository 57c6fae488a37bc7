package gxq.health.keys;

import gxq.health.code.SigningKeys;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The trusted public keys of health codes, for offline verifiers: JWKS (RFC 7517/8037) and PEM. Cacheable for five
 * minutes: a verifier fetching them that often never misses a rotated key (a retired key stays published for the
 * grace period, one hour by default).
 */
@RestController
@PreAuthorize("permitAll()")
class PublicKeysController {

    static final CacheControl CACHE = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

    private final SigningKeys keys;

    PublicKeysController(SigningKeys keys) {
        this.keys = keys;
    }

    @GetMapping(value = "/public/health-code/jwks.json")
    @PreAuthorize("permitAll()")
    ResponseEntity<String> jwks() {
        return ResponseEntity.ok().cacheControl(CACHE).contentType(MediaType.parseMediaType("application/jwk-set+json"))
                .body(keys.jwks());
    }

    @GetMapping(value = "/public/health-code/keys.pem")
    @PreAuthorize("permitAll()")
    ResponseEntity<String> pem() {
        return ResponseEntity.ok().cacheControl(CACHE).contentType(MediaType.parseMediaType("application/x-pem-file"))
                .body(keys.pem());
    }
}
