package gxq.people.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import gxq.common.validation.ResidentId;

class RowValidatorTest {

    static final CityDirectory CITIES = new CityDirectory(List.of(
            new CityDirectory.City("110100", "北京市", "110000", "北京市"),
            new CityDirectory.City("330100", "杭州市", "330000", "浙江省"),
            new CityDirectory.City("222400", "延边朝鲜族自治州", "220000", "吉林省"),
            new CityDirectory.City("632500", "海南藏族自治州", "630000", "青海省"),
            new CityDirectory.City("460100", "海口市", "460000", "海南省"),
            // two cities of one name (not real: to test ambiguity)
            new CityDirectory.City("210300", "鞍山市", "210000", "辽宁省"),
            new CityDirectory.City("990100", "鞍山市", "990000", "测试省")));

    static final String ID = "11010519491231002X"; // valid, female, 1949-12-31
    private final RowValidator validator = new RowValidator(CITIES);

    private static RawEmployee raw(String name, String id, String mobile) {
        return new RawEmployee(name, id, false, mobile, null, null, null, null);
    }

    private RowValidator.Result check(RawEmployee raw) {
        return validator.validate(raw, true);
    }

    private static List<String> keys(RowValidator.Result r) {
        return r.problems().stream().map(p -> p.column().name() + ":" + p.key()).toList();
    }

    @Test
    void validRowIsNormalizedAndGenderAndBirthDateComeFromTheIdNumber() {
        var r = check(new RawEmployee("  张 　三 ", "１１０１０５１９４９１２３１００２ｘ", false, "+86 138-1234-5678",
                " A001 ", " 研发部 ", " 工程师 ", "浙江省杭州市"));
        assertThat(r.ok()).isTrue();
        var v = r.valid();
        assertThat(v.name()).isEqualTo("张 三");
        assertThat(v.idNumber()).isEqualTo(ID);
        assertThat(v.gender()).isEqualTo('F');
        assertThat(v.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(v.mobile()).isEqualTo("13812345678");
        assertThat(v.employeeNo()).isEqualTo("A001");
        assertThat(v.department()).isEqualTo("研发部");
        assertThat(v.jobTitle()).isEqualTo("工程师");
        assertThat(v.homeCityCode()).isEqualTo("330100");
    }

    @Test
    void missingName() {
        assertThat(keys(check(raw(" ", ID, null)))).containsExactly("NAME:" + RowValidator.NAME_REQUIRED);
        assertThat(keys(check(raw(null, ID, null)))).containsExactly("NAME:" + RowValidator.NAME_REQUIRED);
    }

    @Test
    void nameWithoutLettersSuggestsShiftedColumns() {
        assertThat(keys(check(raw("13812345678", ID, null)))).containsExactly("NAME:" + RowValidator.NAME_NO_LETTERS);
    }

    @Test
    void tooLongValuesNameTheirLimit() {
        var r = check(new RawEmployee("张".repeat(65), ID, false, null, "1".repeat(33), "部".repeat(65), "岗".repeat(65), null));
        assertThat(keys(r)).containsExactly("NAME:" + RowValidator.TOO_LONG, "EMPLOYEE_NO:" + RowValidator.TOO_LONG,
                "DEPARTMENT:" + RowValidator.TOO_LONG, "JOB_TITLE:" + RowValidator.TOO_LONG);
        assertThat(r.problems().get(0).args()).containsExactly(64);
        assertThat(r.problems().get(1).args()).containsExactly(32);
        assertThat(check(new RawEmployee("张".repeat(64), ID, false, null, "1".repeat(32), null, null, null)).ok()).isTrue();
    }

    @Test
    void missingIdNumberIsRefusedExceptWhereBlankKeepsTheStoredOne() {
        assertThat(keys(check(raw("张三", "  ", null)))).containsExactly("ID_NUMBER:" + RowValidator.ID_REQUIRED);
        assertThat(validator.validate(raw("张三", "", null), false).ok()).isTrue();
        assertThat(validator.validate(raw("张三", "", null), false).valid().idNumber()).isNull();
    }

    @Test
    void idNumberStoredAsANumberIsReportedAsSuch() {
        var numeric = check(new RawEmployee("张三", "110105194912310000", true, null, null, null, null, null));
        assertThat(keys(numeric)).containsExactly("ID_NUMBER:" + RowValidator.ID_NUMERIC);
        // the same, after someone copied Excel's display of the number as text
        assertThat(keys(check(raw("张三", "1.10105E+17", null)))).containsExactly("ID_NUMBER:" + RowValidator.ID_NUMERIC);
    }

    @Test
    void badIdNumbersGetTheExactProblem() {
        assertThat(keys(check(raw("张三", "11010519491231002", null))))
                .containsExactly("ID_NUMBER:" + ResidentId.PROBLEM_FORMAT);
        assertThat(keys(check(raw("张三", "110105194912310021", null))))
                .containsExactly("ID_NUMBER:" + ResidentId.PROBLEM_CHECK_DIGIT);
        assertThat(keys(check(raw("张三", withCheck("11010519490230001"), null))))
                .containsExactly("ID_NUMBER:" + ResidentId.PROBLEM_BIRTH_DATE);
        assertThat(keys(check(raw("张三", withCheck("99010519491231002"), null))))
                .containsExactly("ID_NUMBER:" + ResidentId.PROBLEM_REGION);
    }

    @Test
    void badMobile() {
        assertThat(keys(check(raw("张三", ID, "1381234567")))).containsExactly("MOBILE:" + RowValidator.MOBILE_INVALID);
        assertThat(keys(check(raw("张三", ID, "12812345678")))).containsExactly("MOBILE:" + RowValidator.MOBILE_INVALID);
        assertThat(check(raw("张三", ID, "")).valid().mobile()).isNull();
    }

    @Test
    void citiesByCodeNameShortNameOrWithProvince() {
        assertThat(city("330100")).isEqualTo("330100");
        assertThat(city("杭州市")).isEqualTo("330100");
        assertThat(city("杭州")).isEqualTo("330100");
        assertThat(city("浙江杭州")).isEqualTo("330100");
        assertThat(city("北京")).isEqualTo("110100");
        assertThat(city("延边")).isEqualTo("222400");
        assertThat(city("海南藏族自治州")).isEqualTo("632500");
        assertThat(city("辽宁省鞍山市")).isEqualTo("210300");
    }

    @Test
    void unknownAndAmbiguousCities() {
        assertThat(keys(cityResult("火星市"))).containsExactly("HOME_CITY:" + RowValidator.CITY_UNKNOWN);
        assertThat(keys(cityResult("999999"))).containsExactly("HOME_CITY:" + RowValidator.CITY_UNKNOWN);
        // 海南 is the province, not the autonomous prefecture in Qinghai
        assertThat(keys(cityResult("海南"))).containsExactly("HOME_CITY:" + RowValidator.CITY_UNKNOWN);
        assertThat(keys(cityResult("鞍山"))).containsExactly("HOME_CITY:" + RowValidator.CITY_AMBIGUOUS);
    }

    @Test
    void everyProblemOfARowIsReported() {
        var r = check(new RawEmployee("", "123", false, "abc", null, null, null, "火星"));
        assertThat(keys(r)).containsExactly("NAME:" + RowValidator.NAME_REQUIRED, "ID_NUMBER:" + ResidentId.PROBLEM_FORMAT,
                "MOBILE:" + RowValidator.MOBILE_INVALID, "HOME_CITY:" + RowValidator.CITY_UNKNOWN);
        assertThat(r.valid()).isNull();
    }

    @Test
    void shortNamesOfPrefectures() {
        assertThat(CityDirectory.shortName("黔东南苗族侗族自治州")).isEqualTo("黔东南");
        assertThat(CityDirectory.shortName("西双版纳傣族自治州")).isEqualTo("西双版纳");
        assertThat(CityDirectory.shortName("锡林郭勒盟")).isEqualTo("锡林郭勒");
        assertThat(CityDirectory.shortName("阿里地区")).isEqualTo("阿里");
        assertThat(CityDirectory.shortName("杭州市")).isEqualTo("杭州");
    }

    static String withCheck(String first17) {
        return first17 + ResidentId.checkDigit(first17);
    }

    private String city(String text) {
        var r = cityResult(text);
        assertThat(r.problems()).as(text).isEmpty();
        return r.valid().homeCityCode();
    }

    private RowValidator.Result cityResult(String text) {
        return check(new RawEmployee("张三", ID, false, null, null, null, null, text));
    }
}
