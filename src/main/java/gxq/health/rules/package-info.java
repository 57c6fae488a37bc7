/**
 * Colour rules: a versioned, per-zone rule set as data ({@link gxq.health.rules.RuleSet},
 * {@link gxq.health.rules.ZoneRuleSets}), a person's situation ({@link gxq.health.rules.PersonSituation}) and the
 * pure decision function {@link gxq.health.rules.ColourRules#decide}, whose result names the rule-set version and
 * the reasons as stable codes with arguments.
 */
@org.springframework.modulith.NamedInterface("rules")
package gxq.health.rules;
