package gxq.needs.cases;

/** How soon the zone must answer: 紧急, 较急, 一般; hours from {@code gxq.needs.deadline-hours.*}. */
enum Urgency {
    URGENT, HIGH, NORMAL
}
