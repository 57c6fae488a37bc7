package gxq.health.internal;

import static org.assertj.core.api.Assertions.assertThat;

import gxq.region.Region;
import gxq.region.Regions;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

class ReasonTextsTest {

    private final ReasonTexts texts = new ReasonTexts(messages(), new Regions() {
        @Override
        public List<Region> provinces() {
            return List.of();
        }

        @Override
        public List<Region> citiesOf(String provinceCode) {
            return List.of();
        }

        @Override
        public Optional<Region> find(String code) {
            return code.equals("420100") ? Optional.of(new Region("420100", "武汉市", 2, "420000")) : Optional.empty();
        }
    });

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void describesStoredReasonsInChineseWithCityNamesAndColours() {
        LocaleContextHolder.setLocale(Locale.CHINA);
        assertThat(texts.describeAll("HIGH_RISK_ARRIVAL(420100, 2020-02-10); FEVER(37.8, 2020-02-11)")).containsExactly(
                "14天内到过高风险地区（武汉市，最后一天 2020-02-10）", "体温 37.8 ℃（2020-02-11），达到发热标准");
        assertThat(texts.describe("MANUAL_OVERRIDE(RED, 疾控通知)")).isEqualTo("工作人员设为红码：疾控通知");
        assertThat(texts.describe("SYMPTOMS(2020-02-11, 发热, 干咳)")).isEqualTo("2020-02-11 申报症状：发热、干咳");
        assertThat(texts.describe("MISSED_DECLARATION(2, -)")).isEqualTo("已 2 天未申报健康状况（上次申报：无）");
    }

    @Test
    void describesInEnglishAndKeepsUnknownCodesAsStored() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(texts.describe("CONFIRMED()")).isEqualTo("Confirmed case");
        assertThat(texts.describe("NEW_RULE(1)")).isEqualTo("NEW_RULE(1)");
        assertThat(ReasonTexts.split(null)).isEmpty();
        assertThat(ReasonTexts.split(ReasonTexts.join(List.of("A(1)", "B()")))).containsExactly("A(1)", "B()");
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("i18n/health");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
