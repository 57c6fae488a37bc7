package gxq.health.rules;

/** A person's case status as recorded by zone staff from the health authorities' notices. */
public enum Diagnosis {
    CONFIRMED,
    SUSPECTED,
    ASYMPTOMATIC,
    /** Traced as a close contact (密切接触者) of a case. */
    CLOSE_CONTACT,
    NONE
}
