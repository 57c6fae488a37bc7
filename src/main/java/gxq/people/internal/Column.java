package gxq.people.internal;

import java.util.List;
import java.util.Locale;

/**
 * The roster columns: the header used in the template (Chinese, as HR files are), the form field, the message key of
 * the column name in the user's language, the accepted header spellings and the longest value the database takes.
 */
enum Column {
    NAME("姓名", "name", 64, true, "姓名", "名字", "员工姓名", "name"),
    ID_NUMBER("身份证号", "idNumber", 18, true, "身份证号", "身份证号码", "居民身份证号码", "身份证", "证件号码", "idnumber", "id"),
    MOBILE("手机号", "mobile", 11, false, "手机号", "手机号码", "手机", "联系电话", "mobile", "phone"),
    EMPLOYEE_NO("工号", "employeeNo", 32, false, "工号", "员工编号", "员工号", "employeeno"),
    DEPARTMENT("部门", "department", 64, false, "部门", "所在部门", "department"),
    JOB_TITLE("岗位", "jobTitle", 64, false, "岗位", "职务", "职位", "jobtitle"),
    HOME_CITY("常住城市", "homeCity", 6, false, "常住城市", "常住地", "城市", "homecity", "city");

    private final String header;
    private final String field;
    private final int maxLength;
    private final boolean required;
    private final List<String> aliases;

    Column(String header, String field, int maxLength, boolean required, String... aliases) {
        this.header = header;
        this.field = field;
        this.maxLength = maxLength;
        this.required = required;
        this.aliases = List.of(aliases);
    }

    String header() { return header; }
    String field() { return field; }
    int maxLength() { return maxLength; }
    boolean required() { return required; }

    /** Message key of the column name. */
    String labelKey() {
        return "people.field." + field;
    }

    /** Spreadsheet column letter of a 0-based index: 0 → A, 26 → AA. */
    static String letter(int index) {
        StringBuilder sb = new StringBuilder();
        for (int i = index; i >= 0; i = i / 26 - 1) {
            sb.insert(0, (char) ('A' + i % 26));
        }
        return sb.toString();
    }

    /** The column a header cell names, or null. Ignores spaces, a required-marker star and a bracketed hint. */
    static Column ofHeader(String text) {
        if (text == null) {
            return null;
        }
        String h = text.replaceAll("[（(].*?[)）]", "").replaceAll("[\\s\\u3000*＊._\\-:：]", "").toLowerCase(Locale.ROOT);
        if (h.isEmpty()) {
            return null;
        }
        for (Column c : values()) {
            if (c.aliases.contains(h)) {
                return c;
            }
        }
        return null;
    }
}
