package gxq.common.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MessageBundleTest {

    private static final Set<String> KEYS = Set.of(
            "gxq.validation.uscc", Uscc.PROBLEM_FORMAT, Uscc.PROBLEM_CHECK_CHARACTER,
            "gxq.validation.idNumber", ResidentId.PROBLEM_FORMAT, ResidentId.PROBLEM_CHECK_DIGIT,
            ResidentId.PROBLEM_BIRTH_DATE, ResidentId.PROBLEM_REGION,
            "gxq.validation.mobile");

    private static Properties load(String resource) throws IOException {
        try (InputStream in = MessageBundleTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }

    @Test
    void chineseDefaultAndEnglishHaveExactlyTheKeys() throws IOException {
        assertThat(load("/i18n/common.properties").stringPropertyNames()).containsExactlyInAnyOrderElementsOf(KEYS);
        assertThat(load("/i18n/common_en.properties").stringPropertyNames()).containsExactlyInAnyOrderElementsOf(KEYS);
    }

    @Test
    void messagesAreLocalized() throws IOException {
        assertThat(load("/i18n/common.properties").getProperty(Uscc.PROBLEM_CHECK_CHARACTER))
                .contains("统一社会信用代码", "第18位");
        assertThat(load("/i18n/common_en.properties").getProperty(ResidentId.PROBLEM_BIRTH_DATE))
                .contains("birth date");
    }
}
