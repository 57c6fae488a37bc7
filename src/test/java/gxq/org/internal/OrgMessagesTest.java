package gxq.org.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import gxq.org.EnterpriseStatus;
import gxq.org.Industry;
import gxq.org.SizeBand;

class OrgMessagesTest {

    static Properties load(String resource) throws IOException {
        try (InputStream in = OrgMessagesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }

    // Same keys in Chinese and English: MessageBundlesTest checks every bundle.

    @Test
    void everyLabelOfTheValueTypesIsTranslated() throws IOException {
        Properties zh = load("/i18n/org.properties");
        for (Industry i : Industry.values()) {
            assertThat(zh.getProperty(i.labelKey())).isEqualTo(i.chineseName());
        }
        for (SizeBand b : SizeBand.values()) {
            assertThat(zh.getProperty(b.labelKey())).isEqualTo(b.chineseName());
        }
        for (EnterpriseStatus s : EnterpriseStatus.values()) {
            assertThat(zh.getProperty(s.labelKey())).isNotBlank();
        }
    }

    @Test
    void everyOrgKeyUsedInTemplatesAndCodeExists() throws IOException {
        Set<String> keys = load("/i18n/org.properties").stringPropertyNames();
        Set<String> used = new TreeSet<>();
        Pattern template = Pattern.compile("#\\{(org\\.[A-Za-z0-9_.]+)");
        Pattern code = Pattern.compile("\"(org\\.[A-Za-z0-9_.]+[A-Za-z0-9])\"");
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main/resources/templates/org")),
                Files.walk(Path.of("src/main/java/gxq/org")))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(f);
                Matcher m = (f.toString().endsWith(".html") ? template : code).matcher(text);
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(keys).containsAll(used);
    }
}
