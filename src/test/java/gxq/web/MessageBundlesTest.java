package gxq.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/** Every message exists in Chinese (the default bundle) and in English, and no value is left empty. */
class MessageBundlesTest {

    @Test
    void everyBundleHasTheSameKeysInChineseAndEnglish() throws IOException {
        Resource[] bundles = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties");
        int checked = 0;
        for (Resource r : bundles) {
            String name = r.getFilename();
            if (name == null || name.contains("_")) {
                continue;
            }
            String base = name.substring(0, name.length() - ".properties".length());
            Resource english = r.createRelative(base + "_en.properties");
            assertThat(english.exists()).as("English bundle for %s", base).isTrue();
            Properties zh = load(r);
            Properties en = load(english);
            assertThat(new TreeSet<>(en.stringPropertyNames())).as("keys of %s_en", base)
                    .isEqualTo(new TreeSet<>(zh.stringPropertyNames()));
            for (String key : zh.stringPropertyNames()) {
                assertThat(zh.getProperty(key)).as("%s %s", base, key).isNotBlank();
                assertThat(en.getProperty(key)).as("%s_en %s", base, key).isNotBlank();
            }
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(3);
    }

    @Test
    void noKeyIsDefinedInTwoBundles() throws IOException {
        Set<String> seen = new TreeSet<>();
        for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties")) {
            if (r.getFilename().contains("_")) {
                continue;
            }
            for (String key : load(r).stringPropertyNames()) {
                assertThat(seen.add(key)).as("key %s defined twice (again in %s)", key, r.getFilename()).isTrue();
            }
        }
    }

    private static Properties load(Resource r) throws IOException {
        Properties p = new Properties();
        try (InputStream in = r.getInputStream()) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
