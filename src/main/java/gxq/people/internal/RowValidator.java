package gxq.people.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import gxq.common.validation.MobileNumber;
import gxq.common.validation.ResidentId;

/**
 * Checks one employee, typed into the form or read from a roster row, and normalizes it. Every problem is reported
 * (not only the first) with its column and a message key, so that a person can fix a row in one go.
 */
final class RowValidator {

    static final String NAME_REQUIRED = "people.error.name.required";
    static final String NAME_NO_LETTERS = "people.error.name.noLetters";
    static final String TOO_LONG = "people.error.tooLong";
    static final String ID_REQUIRED = "people.error.idNumber.required";
    static final String ID_NUMERIC = "people.error.idNumber.numeric";
    static final String ID_DUPLICATE_IN_FILE = "people.error.idNumber.duplicateInFile";
    static final String ID_DUPLICATE = "people.error.idNumber.duplicate";
    static final String MOBILE_INVALID = "gxq.validation.mobile";
    static final String CITY_UNKNOWN = "people.error.homeCity.unknown";
    static final String CITY_AMBIGUOUS = "people.error.homeCity.ambiguous";

    private static final Pattern SPACES = Pattern.compile("[\\s\\u3000\\p{Cntrl}]+");
    private static final Pattern ALL_SPACES = Pattern.compile("[\\s\\u3000\\p{Cntrl}]");
    private static final Pattern SCIENTIFIC = Pattern.compile("^\\d(\\.\\d+)?[eE]\\+?\\d+$");

    /** One problem: the column at fault, a message key and its arguments (numbers only). */
    record Problem(Column column, String key, List<Integer> args) {
        static Problem of(Column column, String key, Integer... args) {
            return new Problem(column, key, List.of(args));
        }

        Object[] argsArray() {
            return args.toArray();
        }
    }

    /** A checked employee; {@code idNumber} is null when the form leaves it unchanged. */
    record Valid(String name, String idNumber, Character gender, LocalDate birthDate, String mobile, String employeeNo,
            String department, String jobTitle, String homeCityCode) {
    }

    record Result(Valid valid, List<Problem> problems) {
        boolean ok() {
            return problems.isEmpty();
        }
    }

    private final CityDirectory cities;

    RowValidator(CityDirectory cities) {
        this.cities = cities;
    }

    /**
     * @param idRequired false on the edit form, where a blank ID number keeps the stored one
     */
    Result validate(RawEmployee raw, boolean idRequired) {
        List<Problem> problems = new ArrayList<>();

        String name = text(raw.name());
        if (name == null) {
            problems.add(Problem.of(Column.NAME, NAME_REQUIRED));
        } else if (name.length() > Column.NAME.maxLength()) {
            problems.add(Problem.of(Column.NAME, TOO_LONG, Column.NAME.maxLength()));
        } else if (name.codePoints().noneMatch(Character::isLetter)) {
            problems.add(Problem.of(Column.NAME, NAME_NO_LETTERS));
        }

        String id = idNumber(raw.idNumber());
        Character gender = null;
        LocalDate birth = null;
        if (raw.idNumeric()) {
            problems.add(Problem.of(Column.ID_NUMBER, ID_NUMERIC));
        } else if (id == null) {
            if (idRequired) {
                problems.add(Problem.of(Column.ID_NUMBER, ID_REQUIRED));
            }
        } else if (SCIENTIFIC.matcher(id).matches()) {
            problems.add(Problem.of(Column.ID_NUMBER, ID_NUMERIC));
        } else {
            Optional<String> problem = ResidentId.problem(id);
            if (problem.isPresent()) {
                problems.add(Problem.of(Column.ID_NUMBER, problem.get()));
            } else {
                gender = ResidentId.gender(id);
                birth = ResidentId.birthDate(id);
            }
        }

        String mobile = mobile(raw.mobile());
        if (mobile != null && !MobileNumber.isValid(mobile)) {
            problems.add(Problem.of(Column.MOBILE, MOBILE_INVALID));
        }

        String employeeNo = limited(raw.employeeNo(), Column.EMPLOYEE_NO, problems);
        String department = limited(raw.department(), Column.DEPARTMENT, problems);
        String jobTitle = limited(raw.jobTitle(), Column.JOB_TITLE, problems);

        String city = null;
        String cityText = text(raw.homeCity());
        if (cityText != null) {
            CityDirectory.Match match = cities.resolve(cityText);
            if (match.found()) {
                city = match.code();
            } else {
                problems.add(Problem.of(Column.HOME_CITY, match.ambiguous() ? CITY_AMBIGUOUS : CITY_UNKNOWN));
            }
        }
        if (!problems.isEmpty()) {
            return new Result(null, List.copyOf(problems));
        }
        return new Result(new Valid(name, id, gender, birth, mobile, employeeNo, department, jobTitle, city), List.of());
    }

    private static String limited(String value, Column column, List<Problem> problems) {
        String t = text(value);
        if (t != null && t.length() > column.maxLength()) {
            problems.add(Problem.of(column, TOO_LONG, column.maxLength()));
        }
        return t;
    }

    /** Trimmed, inner runs of white space and control characters made one space; blank → null. */
    static String text(String value) {
        if (value == null) {
            return null;
        }
        String t = SPACES.matcher(value).replaceAll(" ").strip();
        return t.isEmpty() ? null : t;
    }

    /** Full-width digits and X made ASCII, all spaces removed, then {@link ResidentId#normalize}; blank → null. */
    static String idNumber(String value) {
        String t = halfWidth(value);
        if (t == null) {
            return null;
        }
        t = ALL_SPACES.matcher(t).replaceAll("");
        return t.isEmpty() ? null : ResidentId.normalize(t);
    }

    /** Full-width digits made ASCII, then {@link MobileNumber#normalize}; blank → null. */
    static String mobile(String value) {
        String t = halfWidth(value);
        if (t == null) {
            return null;
        }
        t = MobileNumber.normalize(ALL_SPACES.matcher(t).replaceAll(""));
        return t == null || t.isEmpty() ? null : t;
    }

    private static String halfWidth(String value) {
        if (value == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(value.length());
        value.codePoints().forEach(c -> {
            if (c >= '０' && c <= '９') {
                sb.append((char) ('0' + (c - '０')));
            } else if (c == 'Ｘ' || c == 'ｘ') {
                sb.append('X');
            } else if (c == '＋') {
                sb.append('+');
            } else {
                sb.appendCodePoint(c);
            }
        });
        return sb.toString();
    }
}
