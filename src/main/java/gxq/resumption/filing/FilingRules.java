package gxq.resumption.filing;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import gxq.common.validation.MobileNumber;
import gxq.common.web.FieldProblem;
import gxq.resumption.internal.FilingState;

/** Pure rules of a filing: what a draft may hold, what a submission needs, the review deadline. */
final class FilingRules {

    static final long MAX_FILE_BYTES = 5L * 1024 * 1024;
    static final int MAX_FILES_PER_ITEM = 5;
    static final int MAX_HEADCOUNT = 1_000_000;
    static final int MAX_DAYS = 3650;
    static final BigDecimal MAX_OUTPUT = new BigDecimal("999999999999.99");
    /** Dates a filing holds or the queue filters by (like the plan's): a typo such as year 20250 is refused, not stored. */
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2099, 12, 31);

    private FilingRules() {
    }

    /** Typed values that passed the format checks; null where nothing was typed. */
    record Values(LocalDate plannedDate, Integer plannedHeadcount, Integer returnees, Integer masksDays,
            Integer thermometersDays, Integer disinfectantDays, BigDecimal monthlyOutput, String contactName,
            String contactPhone, Map<Long, AnswerValue> answers) {
    }

    record AnswerValue(String answer, String note, String evidence) {
    }

    /** Format checks that apply to every save of a draft; blank fields are allowed until submission. */
    static Values parse(FilingForm form, List<FieldProblem> problems) {
        LocalDate date = null;
        String d = clean(form.getPlannedDate());
        if (d != null) {
            try {
                date = LocalDate.parse(d);
            } catch (DateTimeParseException e) {
                problems.add(new FieldProblem("plannedDate", "resumption.filing.invalid.plannedDate", d));
            }
            if (date != null && !inRange(date)) {
                problems.add(new FieldProblem("plannedDate", "resumption.filing.range.plannedDate", d,
                        EARLIEST.toString(), LATEST.toString()));
                date = null;
            }
        }
        Integer headcount = whole("plannedHeadcount", form.getPlannedHeadcount(), MAX_HEADCOUNT, problems);
        Integer returnees = whole("returnees", form.getReturnees(), MAX_HEADCOUNT, problems);
        Integer masks = whole("masksDays", form.getMasksDays(), MAX_DAYS, problems);
        Integer thermometers = whole("thermometersDays", form.getThermometersDays(), MAX_DAYS, problems);
        Integer disinfectant = whole("disinfectantDays", form.getDisinfectantDays(), MAX_DAYS, problems);
        if (headcount != null && returnees != null && returnees > headcount) {
            problems.add(new FieldProblem("returnees", "resumption.filing.returnees.exceeds", String.valueOf(returnees),
                    String.valueOf(headcount)));
        }
        BigDecimal output = null;
        String o = clean(form.getMonthlyOutput());
        if (o != null) {
            if (o.matches("\\d{1,12}(\\.\\d{1,2})?")) {
                output = new BigDecimal(o);
            } else {
                problems.add(new FieldProblem("monthlyOutput", "resumption.filing.invalid.monthlyOutput", o));
            }
        }
        String name = clean(form.getContactName());
        if (name != null && name.length() > 64) {
            problems.add(new FieldProblem("contactName", "resumption.filing.tooLong.contactName", "64"));
        }
        String phone = clean(form.getContactPhone());
        if (phone != null) {
            String n = MobileNumber.normalize(phone);
            if (MobileNumber.isValid(n)) {
                phone = n;
            } else {
                problems.add(new FieldProblem("contactPhone", "resumption.filing.invalid.contactPhone", phone));
            }
        }
        Map<Long, AnswerValue> answers = new LinkedHashMap<>();
        form.answers().forEach((item, in) -> {
            String a = clean(in.getAnswer());
            if (a != null && !a.equals(Answer.DONE) && !a.equals(Answer.NOT_APPLICABLE)) {
                problems.add(new FieldProblem("answer." + item, "resumption.filing.invalid.answer"));
                a = null;
            }
            String note = clean(in.getNote());
            if (note != null && note.length() > 1000) {
                problems.add(new FieldProblem("note." + item, "resumption.filing.tooLong.note", "1000"));
            }
            String evidence = clean(in.getEvidence());
            if (evidence != null && evidence.length() > 2000) {
                problems.add(new FieldProblem("evidence." + item, "resumption.filing.tooLong.evidence", "2000"));
            }
            answers.put(item, new AnswerValue(a, note, evidence));
        });
        return new Values(date, headcount, returnees, masks, thermometers, disinfectant, output, name, phone, answers);
    }

    /** What a submission still lacks; {@code answers} are the stored ones with their files. */
    static List<FieldProblem> missingForSubmit(Filing f, List<Answer> answers, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (f.plannedDate() == null) {
            problems.add(new FieldProblem("plannedDate", "resumption.filing.required.plannedDate"));
        } else if (f.plannedDate().isBefore(today)) {
            problems.add(new FieldProblem("plannedDate", "resumption.filing.past.plannedDate", f.plannedDate().toString(),
                    today.toString()));
        }
        required(f.plannedHeadcount(), "plannedHeadcount", problems);
        required(f.returnees(), "returnees", problems);
        required(f.masksDays(), "masksDays", problems);
        required(f.thermometersDays(), "thermometersDays", problems);
        required(f.disinfectantDays(), "disinfectantDays", problems);
        required(f.monthlyOutput(), "monthlyOutput", problems);
        required(f.contactName(), "contactName", problems);
        required(f.contactPhoneEnc(), "contactPhone", problems);
        for (Answer a : answers) {
            String field = "answer." + a.itemId();
            if (a.answer() == null) {
                problems.add(new FieldProblem(field, "resumption.filing.required.answer", a.code(), a.title()));
            } else if (a.answer().equals(Answer.NOT_APPLICABLE) && a.note() == null) {
                problems.add(new FieldProblem("note." + a.itemId(), "resumption.filing.required.reason", a.code(),
                        a.title()));
            } else if (a.answer().equals(Answer.DONE) && a.evidenceRequired() && a.evidence() == null
                    && a.attachments().isEmpty()) {
                problems.add(new FieldProblem("evidence." + a.itemId(), "resumption.filing.required.evidence", a.code(),
                        a.title()));
            }
        }
        return problems;
    }

    /** The state a review decision leads to; only a submitted filing is reviewed. */
    static boolean mayReview(FilingState state) {
        return state == FilingState.SUBMITTED;
    }

    static OffsetDateTime reviewDue(OffsetDateTime submittedAt, int reviewHours) {
        return submittedAt.plusHours(reviewHours);
    }

    /** Time left until the deadline (negative: overdue), in whole minutes. */
    record Countdown(long minutes) {
        public boolean overdue() {
            return minutes < 0;
        }

        public long hours() {
            return Math.abs(minutes) / 60;
        }

        public long restMinutes() {
            return Math.abs(minutes) % 60;
        }
    }

    static Countdown countdown(OffsetDateTime due, OffsetDateTime now) {
        return new Countdown(Math.floorDiv(Duration.between(now, due).toSeconds(), 60));
    }

    private static void required(Object value, String field, List<FieldProblem> problems) {
        if (value == null) {
            problems.add(new FieldProblem(field, "resumption.filing.required." + field));
        }
    }

    private static Integer whole(String field, String typed, int max, List<FieldProblem> problems) {
        String t = clean(typed);
        if (t == null) {
            return null;
        }
        if (!t.matches("\\d{1,9}") || Integer.parseInt(t) > max) {
            problems.add(new FieldProblem(field, "resumption.filing.invalid." + field, t, String.valueOf(max)));
            return null;
        }
        return Integer.parseInt(t);
    }

    static boolean inRange(LocalDate date) {
        return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
    }

    static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }
}
