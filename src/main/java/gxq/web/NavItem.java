package gxq.web;

import java.util.Set;

/**
 * One entry of the main navigation. {@code roles} are role names (e.g. {@code "ZONE_ADMIN"}); empty means every
 * signed-in account. Lower {@code order} comes first.
 */
public record NavItem(String labelKey, String path, int order, Set<String> roles) {

    public static NavItem of(String labelKey, String path, int order, String... roles) {
        return new NavItem(labelKey, path, order, Set.of(roles));
    }
}
