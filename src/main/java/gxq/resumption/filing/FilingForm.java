package gxq.resumption.filing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What was typed into the filing form, kept as text so that a 422 or 409 shows it unchanged. */
public class FilingForm {

    private String plannedDate;
    private String plannedHeadcount;
    private String returnees;
    private String masksDays;
    private String thermometersDays;
    private String disinfectantDays;
    private String monthlyOutput;
    private String contactName;
    private String contactPhone;
    private String version;
    /** Item id to what was typed for it (read by the controller from {@code answer.<id>} etc., not bound). */
    private final Map<Long, AnswerInput> answers = new LinkedHashMap<>();
    /** Attachment ids ticked for removal. */
    private final List<Long> detach = new ArrayList<>();

    /** Typed answer to one item. */
    public static class AnswerInput {
        private String answer;
        private String note;
        private String evidence;

        public AnswerInput() {
        }

        AnswerInput(String answer, String note, String evidence) {
            this.answer = answer;
            this.note = note;
            this.evidence = evidence;
        }

        public String getAnswer() { return answer; }
        public void setAnswer(String answer) { this.answer = answer; }
        public String getNote() { return note; }
        public void setNote(String note) { this.note = note; }
        public String getEvidence() { return evidence; }
        public void setEvidence(String evidence) { this.evidence = evidence; }
    }

    /** The stored filing as a form; {@code contactPhone} is the decrypted number (the admin edits their own). */
    static FilingForm of(Filing f, List<Answer> answers, String contactPhone) {
        FilingForm form = new FilingForm();
        form.plannedDate = f.plannedDate() == null ? null : f.plannedDate().toString();
        form.plannedHeadcount = text(f.plannedHeadcount());
        form.returnees = text(f.returnees());
        form.masksDays = text(f.masksDays());
        form.thermometersDays = text(f.thermometersDays());
        form.disinfectantDays = text(f.disinfectantDays());
        form.monthlyOutput = f.monthlyOutput() == null ? null : plain(f.monthlyOutput());
        form.contactName = f.contactName();
        form.contactPhone = contactPhone;
        form.version = String.valueOf(f.version());
        for (Answer a : answers) {
            form.answers.put(a.itemId(), new AnswerInput(a.answer(), a.note(), a.evidence()));
        }
        return form;
    }

    private static String text(Integer i) {
        return i == null ? null : String.valueOf(i);
    }

    private static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }

    /** The typed answer to an item (an empty one if nothing was typed). */
    public AnswerInput answer(long itemId) {
        return answers.getOrDefault(itemId, new AnswerInput());
    }

    Map<Long, AnswerInput> answers() {
        return answers;
    }

    List<Long> detach() {
        return detach;
    }

    public String getPlannedDate() { return plannedDate; }
    public void setPlannedDate(String plannedDate) { this.plannedDate = plannedDate; }
    public String getPlannedHeadcount() { return plannedHeadcount; }
    public void setPlannedHeadcount(String plannedHeadcount) { this.plannedHeadcount = plannedHeadcount; }
    public String getReturnees() { return returnees; }
    public void setReturnees(String returnees) { this.returnees = returnees; }
    public String getMasksDays() { return masksDays; }
    public void setMasksDays(String masksDays) { this.masksDays = masksDays; }
    public String getThermometersDays() { return thermometersDays; }
    public void setThermometersDays(String thermometersDays) { this.thermometersDays = thermometersDays; }
    public String getDisinfectantDays() { return disinfectantDays; }
    public void setDisinfectantDays(String disinfectantDays) { this.disinfectantDays = disinfectantDays; }
    public String getMonthlyOutput() { return monthlyOutput; }
    public void setMonthlyOutput(String monthlyOutput) { this.monthlyOutput = monthlyOutput; }
    public String getContactName() { return contactName; }
    public void setContactName(String contactName) { this.contactName = contactName; }
    public String getContactPhone() { return contactPhone; }
    public void setContactPhone(String contactPhone) { this.contactPhone = contactPhone; }
    public String getVersion() { return version; }
    public void setVersion(String version) { this.version = version; }
}
