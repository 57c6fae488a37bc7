package gxq.people.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class PeopleMessagesTest {

    private static Properties load(String resource) throws IOException {
        try (InputStream in = PeopleMessagesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }

    // Same keys in Chinese and English: MessageBundlesTest checks every bundle.

    @Test
    void everyReasonAndFileProblemHasAMessage() throws Exception {
        Properties zh = load("/i18n/people.properties");
        List<String> keys = new ArrayList<>();
        for (Class<?> type : List.of(RowValidator.class, RosterReader.class)) {
            for (Field f : type.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                    f.setAccessible(true);
                    String key = (String) f.get(null);
                    if (key.startsWith("people.")) {
                        keys.add(key);
                    }
                }
            }
        }
        assertThat(keys).hasSizeGreaterThan(15);
        for (String key : keys) {
            assertThat(zh.getProperty(key)).as(key).isNotBlank();
        }
        for (Column c : Column.values()) {
            assertThat(zh.getProperty(c.labelKey())).as(c.labelKey()).isEqualTo(c.header());
        }
    }
}
