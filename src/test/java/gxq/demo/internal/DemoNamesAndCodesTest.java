package gxq.demo.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import gxq.common.validation.MobileNumber;
import gxq.common.validation.ResidentId;
import gxq.common.validation.Uscc;

import static org.assertj.core.api.Assertions.assertThat;

class DemoNamesAndCodesTest {

    private static final int N = 10_000;
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}+");

    @Test
    void personNamesAreTwoToFourChineseCharactersWithAKnownSurnameDrawnByFrequency() {
        SplittableRandom random = new SplittableRandom(1);
        Map<String, Integer> surnames = new HashMap<>();
        Set<String> distinct = new HashSet<>();
        for (int i = 0; i < N; i++) {
            String name = PersonNames.name(random);
            assertThat(name).matches(HAN).hasSizeBetween(2, 4);
            String surname = name.length() >= 3 && PersonNames.isKnownSurname(name.substring(0, 2))
                    ? name.substring(0, 2) : name.substring(0, 1);
            assertThat(PersonNames.isKnownSurname(surname)).as(name).isTrue();
            surnames.merge(surname, 1, Integer::sum);
            distinct.add(name);
        }
        // 王, 李, 张 are each about 7% of the population; a rare surname far less
        assertThat(surnames.get("王")).isBetween(500, 950);
        assertThat(surnames.get("李")).isBetween(500, 950);
        assertThat(surnames.getOrDefault("汤", 0)).isLessThan(100);
        assertThat(distinct.size()).as("distinct names").isGreaterThan(N / 2);
    }

    @Test
    void womenAndMenGetDifferentGivenNameCharacters() {
        SplittableRandom random = new SplittableRandom(2);
        Set<Character> last = new HashSet<>();
        for (int i = 0; i < 2_000; i++) {
            last.add(lastChar(PersonNames.name(random, 'F')));
        }
        assertThat(last).contains('芳', '婷').doesNotContain('伟', '强', '刚');
    }

    private static char lastChar(String s) {
        return s.charAt(s.length() - 1);
    }

    @Test
    void enterpriseNamesAreUniqueRegisteredCompanyNamesWithAnIndustrySection() {
        EnterpriseNames names = new EnterpriseNames();
        SplittableRandom random = new SplittableRandom(3);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < N; i++) {
            EnterpriseNames.Named n = names.next(random, "北京");
            assertThat(n.name()).matches("[\\p{IsHan}（）]+").contains("北京").endsWith("有限公司");
            assertThat(n.industry()).isIn("C", "I", "M", "N");
            assertThat(seen.add(n.name())).as("unique: " + n.name()).isTrue();
        }
    }

    @Test
    void creditCodesAreValidUniqueAndCarryTheDistrict() {
        DemoCodes codes = new DemoCodes();
        SplittableRandom random = new SplittableRandom(4);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < N; i++) {
            String code = codes.uscc(random, "110108");
            assertThat(Uscc.isValid(code)).as(code).isTrue();
            assertThat(code).startsWith("91110108MA");
            assertThat(seen.add(code)).isTrue();
        }
    }

    @Test
    void idNumbersAreValidUniqueOfTheCityAndMatchAgeAndGender() {
        DemoCodes codes = new DemoCodes();
        SplittableRandom random = new SplittableRandom(5);
        LocalDate today = LocalDate.now();
        LocalDate oldest = today.minusYears(60).plusDays(1);
        LocalDate youngest = today.minusYears(20);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < N; i++) {
            char gender = i % 2 == 0 ? 'M' : 'F';
            String id = codes.idNumber(random, "420111", gender, oldest, youngest);
            assertThat(ResidentId.isValid(id)).as(id).isTrue();
            assertThat(id).startsWith("420111");
            assertThat(ResidentId.gender(id)).isEqualTo(gender);
            int age = Period.between(ResidentId.birthDate(id), today).getYears();
            assertThat(age).isBetween(20, 59);
            assertThat(seen.add(id)).isTrue();
        }
    }

    @Test
    void mobileNumbersAreValidAndUnique() {
        DemoCodes codes = new DemoCodes();
        SplittableRandom random = new SplittableRandom(6);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < N; i++) {
            String mobile = codes.mobile(random);
            assertThat(MobileNumber.isValid(mobile)).as(mobile).isTrue();
            assertThat(seen.add(mobile)).isTrue();
        }
    }

    @Test
    void theSameSeedGivesTheSameData() {
        SplittableRandom a = new SplittableRandom(7);
        SplittableRandom b = new SplittableRandom(7);
        DemoCodes ca = new DemoCodes();
        DemoCodes cb = new DemoCodes();
        for (int i = 0; i < 100; i++) {
            assertThat(PersonNames.name(a)).isEqualTo(PersonNames.name(b));
            assertThat(ca.uscc(a, "440305")).isEqualTo(cb.uscc(b, "440305"));
        }
    }

    @Test
    void cityNamesAreShortenedForCompanyNames() {
        assertThat(DemoDataGenerator.shortPlace("北京市")).isEqualTo("北京");
        assertThat(DemoDataGenerator.shortPlace("苏州市")).isEqualTo("苏州");
        assertThat(DemoDataGenerator.shortPlace("恩施土家族苗族自治州")).isEqualTo("恩施");
        assertThat(DemoDataGenerator.shortPlace("大兴安岭地区")).isEqualTo("大兴");
    }

    @Test
    void theLoginBlockListsEveryRolesLoginThePasswordAndTheAddress() {
        var logins = java.util.List.of(
                new DemoLogins.Login("admin", "MINISTRY_ADMIN", "王伟", null, null, true),
                new DemoLogins.Login("zone-1", "ZONE_ADMIN", "李娜", "中关村", null, true),
                new DemoLogins.Login("ent-1-1", "ENTERPRISE_ADMIN", "张敏", "中关村", "北京智联科技有限公司", true),
                new DemoLogins.Login("reg-1-1", "ENTERPRISE_ADMIN", "刘洋", "中关村", "北京华芯电子有限公司", false));
        String block = DemoLogins.block(logins, "Gxq@2020demo", "http://localhost:8080", java.util.Optional.empty());
        assertThat(block).contains("http://localhost:8080", "Gxq@2020demo", "admin", "zone-1 (中关村)",
                "ent-1-1 (北京智联科技有限公司)", "reg-1-1 (北京华芯电子有限公司)");
        // the disabled self-registration is listed apart from the enterprise admins who can sign in
        assertThat(block.indexOf("reg-1-1")).isGreaterThan(block.indexOf("待审核"));
        assertThat(block.indexOf("ent-1-1")).isLessThan(block.indexOf("待审核"));
    }
}
