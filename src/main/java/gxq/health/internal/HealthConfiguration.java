package gxq.health.internal;

import gxq.common.crypto.PersonalDataCipher;
import gxq.health.code.SubjectPseudonyms;
import gxq.health.rules.RuleSet;
import gxq.health.rules.ZoneRuleSets;
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
     * The pseudonym secret is derived from the personal-data hash key ({@link PersonalDataCipher#deriveKey}), so no
     * extra key has to be managed and the pseudonyms stay stable across restarts.
     */
    @Bean
    SubjectPseudonyms subjectPseudonyms(PersonalDataCipher cipher) {
        return new SubjectPseudonyms(cipher.deriveKey("gxq/health/subject-key/v1"));
    }

    /** Every zone uses the national rules of 2020 until zone-specific rule sets are configured. */
    @Bean
    ZoneRuleSets zoneRuleSets() {
        return ZoneRuleSets.of(RuleSet.national2020());
    }
}
