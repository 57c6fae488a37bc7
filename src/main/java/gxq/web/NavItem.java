package gxq.web;

import java.util.Set;

/**
 * One entry of the main navigation. {@code roles} are role names (e.g. {@code "ZONE_ADMIN"}); empty means every
 * signed-in account. Lower {@code order} comes first. Items with the same {@code group} (a message key, e.g.
 * {@code nav.group.health}) are shown together in one drop-down menu placed at its lowest item's order; a group
 * that only one item of the signed-in account falls into is shown as a plain link.
 */
public record NavItem(String labelKey, String path, int order, Set<String> roles, String group) {

    public static NavItem of(String labelKey, String path, int order, String... roles) {
        return new NavItem(labelKey, path, order, Set.of(roles), null);
    }

    /** The same item inside the drop-down menu {@code groupKey}. */
    public NavItem inGroup(String groupKey) {
        return new NavItem(labelKey, path, order, roles, groupKey);
    }

    /** Menu groups shared by several modules. */
    public static final String ORGANISATION = "nav.group.org";
    public static final String HEALTH = "nav.group.health";
    public static final String RESUMPTION = "nav.group.resumption";
    public static final String NEEDS = "nav.group.needs";
    public static final String ADMINISTRATION = "nav.group.admin";
    public static final String POLICY = "nav.group.policy";
    public static final String INFO = "nav.group.info";
}
