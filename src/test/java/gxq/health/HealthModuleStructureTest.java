package gxq.health;

import static org.assertj.core.api.Assertions.assertThat;

import gxq.GxqApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.NamedInterface;

/** Other modules may use the root package and the {@code code} and {@code rules} named interfaces — nothing else. */
class HealthModuleStructureTest {

    @Test
    void exposesTheRootAndTheCodeAndRulesNamedInterfaces() {
        ApplicationModule health = ApplicationModules.of(GxqApplication.class).getModuleByName("health").orElseThrow();

        assertThat(health.getNamedInterfaces().stream().map(NamedInterface::getName)).contains("code", "rules");
        assertThat(health.getNamedInterfaces().stream().filter(NamedInterface::isUnnamed))
                .singleElement().satisfies(root -> assertThat(root.contains(Colour.class)).isTrue());
        NamedInterface code = health.getNamedInterfaces().getByName("code").orElseThrow();
        assertThat(code.contains(gxq.health.code.HealthCodeVerifier.class)).isTrue();
        assertThat(health.getNamedInterfaces().getByName("rules").orElseThrow()
                .contains(gxq.health.rules.ColourRules.class)).isTrue();
    }
}
