package gxq.region;

/** Epidemic risk level of a city on a given day, as announced by the health authorities. */
public enum RiskLevel {
    LOW,
    MEDIUM,
    HIGH
}
