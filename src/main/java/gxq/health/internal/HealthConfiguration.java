package gxq.health.internal;

import gxq.common.crypto.PersonalDataCipher;
import gxq.health.code.SubjectPseudonyms;
import gxq.health.rules.RuleSet;
import gxq.health.rules.ZoneRuleSets;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Beans shared by the parts of the health module: the clock ("today" is the day in {@code gxq.display-zone}), the
 * subject pseudonyms carried in health codes, and the colour rule sets of the zones.
 */
@Configuration(proxyBeanMethods = false)
class HealthConfiguration {

    /** The clock of the health module; tests replace it to move through days. */
    @Bean
    Clock healthClock(@Value("${gxq.display-zone:Asia/Shanghai}") String zone) {
        return Clock.system(ZoneId.of(zone));
    }

    /**
     * The pseudonym secret is derived from the personal-data hash key (HMAC with a fixed label, then SHA-256), so no
     * extra key has to be managed and the pseudonyms stay stable across restarts.
     */
    @Bean
    SubjectPseudonyms subjectPseudonyms(PersonalDataCipher cipher) {
        String derived = cipher.lookupHash("gxq/health/subject-key/v1");
        try {
            return new SubjectPseudonyms(
                    MessageDigest.getInstance("SHA-256").digest(derived.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    /** Every zone uses the national rules of 2020 until zone-specific rule sets are configured. */
    @Bean
    ZoneRuleSets zoneRuleSets() {
        return ZoneRuleSets.of(RuleSet.national2020());
    }
}
