package gxq.policy.centre;

/** Who issued a policy: the ministry (national, may be narrowed to provinces and zones) or one zone (its enterprises). */
enum PolicyLevel {
    NATIONAL, ZONE
}
