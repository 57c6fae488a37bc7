/**
 * Policies (政策) published by the ministry and zones, with interpretation articles (解读), whom each applies to, the
 * "policies for us" list of an enterprise, and public Chinese search. It has no public API yet: no other module calls it
 * (the code lives in {@code gxq.policy.centre}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Policy")
package gxq.policy;
