package gxq.web;

import java.util.List;

import org.springframework.security.core.Authentication;

/**
 * What needs the signed-in account's attention today (overdue reports, escalated cases, unread notices, …), shown on
 * the home page above the tiles. A module answers only items that concern the account and have {@code count > 0}.
 */
public interface AttentionItems {

    List<Item> items(Authentication auth);

    /**
     * {@code messageKey} takes the count as argument {0} (e.g. "{0} 个园区报告逾期"); {@code link} may be null;
     * {@code urgent} items are shown in red. Lower {@code order} comes first.
     */
    record Item(String messageKey, long count, String link, boolean urgent, int order) {
    }
}
