package gxq.resumption.internal;

/** An official duty contact of a plan (责任人): name, duty and the duty phone, shown in full (docs/resumption.md). */
public record PlanContact(String name, String duty, String phone) {
}
