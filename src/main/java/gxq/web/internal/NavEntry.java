package gxq.web.internal;

import java.util.List;

import gxq.web.NavItem;

/** What the layout draws: a link ({@code items} has one element, {@code group} null) or a drop-down of links. */
public record NavEntry(String group, List<NavItem> items) {

    public boolean dropdown() {
        return group != null && items.size() > 1;
    }

    public NavItem first() {
        return items.get(0);
    }

    /** Whether the current page belongs to this entry (its own path or one of its items' paths). */
    public boolean active(String currentPath) {
        return currentPath != null && items.stream().anyMatch(i -> currentPath.startsWith(i.path()));
    }
}
