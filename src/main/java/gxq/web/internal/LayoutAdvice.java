package gxq.web.internal;

import java.util.Comparator;
import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import gxq.web.NavItem;

/** Puts the navigation entries the signed-in account may use into every page's model. */
@ControllerAdvice
class LayoutAdvice {

    private final List<NavItem> items;

    LayoutAdvice(List<NavItem> items) {
        this.items = items.stream().sorted(Comparator.comparingInt(NavItem::order)).toList();
    }

    @ModelAttribute("currentPath")
    String currentPath(jakarta.servlet.http.HttpServletRequest request) {
        return gxq.common.web.RequestPaths.of(request);
    }

    @ModelAttribute("navItems")
    List<NavItem> navItems() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth.getAuthorities().isEmpty()) {
            return List.of();
        }
        List<String> roles = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5)).toList();
        if (roles.isEmpty()) {
            return List.of();
        }
        return items.stream().filter(i -> i.roles().isEmpty() || i.roles().stream().anyMatch(roles::contains)).toList();
    }

    /** The signed-in account's items, grouped: each group once, where its first item comes in the order. */
    @ModelAttribute("navEntries")
    List<NavEntry> navEntries() {
        java.util.Map<String, List<NavItem>> groups = new java.util.LinkedHashMap<>();
        List<NavEntry> entries = new java.util.ArrayList<>();
        for (NavItem item : navItems()) {
            if (item.group() == null) {
                entries.add(new NavEntry(null, List.of(item)));
            } else if (!groups.containsKey(item.group())) {
                List<NavItem> members = new java.util.ArrayList<>();
                groups.put(item.group(), members);
                entries.add(new NavEntry(item.group(), members));
            }
            if (item.group() != null) {
                groups.get(item.group()).add(item);
            }
        }
        return entries.stream().map(e -> new NavEntry(e.group(), List.copyOf(e.items()))).toList();
    }
}
