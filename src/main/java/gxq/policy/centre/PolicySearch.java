package gxq.policy.centre;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import gxq.common.text.Snippet;
import gxq.common.text.TermIndex;
import gxq.common.web.FieldProblem;
import gxq.common.web.InvalidInput;
import gxq.common.web.TextInput;
import gxq.org.SizeBand;

/**
 * The public policy library: published policies only, found by Chinese words ({@link TermIndex}: every word of the
 * query required, ranked by weight × idf, title before text) and narrowed by filters. A query without any searchable
 * word is said so on the page: a single character (such as 税) falls back to policies whose title contains it or whose
 * category is named with it (财税); longer queries without words (only function words or numbers) find nothing — no
 * substring matching.
 */
@Service
@Transactional(readOnly = true)
class PolicySearch {

    static final int MAX_QUERY = 100;
    static final int PAGE_SIZE = 10;
    static final int SNIPPET_CHARS = 120;

    private final PolicyStore store;
    private final PolicyService service;

    PolicySearch(PolicyStore store, PolicyService service) {
        this.store = store;
        this.service = service;
    }

    /** Filters as typed; unknown values are ignored (a filter is a narrowing, not a form). */
    record Filters(String category, String level, Long zone, boolean inForce, String size) {

        PolicyCategory categoryValue() {
            return PolicyCategory.parse(category);
        }

        PolicyLevel levelValue() {
            for (PolicyLevel l : PolicyLevel.values()) {
                if (l.name().equals(level)) {
                    return l;
                }
            }
            return null;
        }

        SizeBand sizeValue() {
            return SizeBand.parse(size);
        }
    }

    enum Mode {
        /** no query: every published policy, newest first */
        ALL,
        /** ranked by words */
        WORDS,
        /** the query was one character, no word: titles containing it, categories named with it */
        TITLE_FALLBACK,
        /** the query had several characters but no searchable word: nothing found */
        NO_WORDS
    }

    record Hit(Policy policy, List<Snippet.Part> title, List<Snippet.Part> snippet, boolean inInterpretation) {
    }

    record Result(Mode mode, List<String> terms, List<Hit> hits, int page, boolean hasNext, long total) {
    }

    Result search(String query, Filters f, int page) {
        // control characters are no search (and PostgreSQL refuses NUL in a parameter)
        String q = java.util.Objects.requireNonNullElse(TextInput.clean(query), "");
        if (q.length() > MAX_QUERY) {
            throw new InvalidInput(List.of(new FieldProblem("q", "policy.search.tooLong", String.valueOf(MAX_QUERY))));
        }
        JdbcClient db = store.db();
        StringBuilder where = new StringBuilder(" where p.state = 'PUBLISHED'");
        Map<String, Object> params = new HashMap<>();
        if (f.categoryValue() != null) {
            where.append(" and p.category = :category");
            params.put("category", f.categoryValue().name());
        }
        if (f.levelValue() != null) {
            where.append(" and p.level = :level");
            params.put("level", f.levelValue().name());
        }
        if (f.zone() != null) {
            where.append(" and p.zone_id = :zone");
            params.put("zone", f.zone());
        }
        LocalDate today = service.today();
        if (f.inForce()) {
            where.append(" and p.effective_from <= :today and (p.effective_to is null or p.effective_to >= :today)");
            params.put("today", today);
        }
        if (f.sizeValue() != null) {
            where.append(" and (not exists (select 1 from policy_target t where t.policy_id = p.id and t.kind = 'SIZE')"
                    + " or exists (select 1 from policy_target t where t.policy_id = p.id and t.kind = 'SIZE'"
                    + " and t.code = :size))");
            params.put("size", f.sizeValue().name());
        }
        Mode mode;
        String from;
        String order;
        List<String> terms;
        Map<String, Object> rankParams = new HashMap<>();
        if (q.isEmpty()) {
            mode = Mode.ALL;
            from = " from policy p";
            order = " order by p.published_at desc, p.id desc";
            terms = List.of();
        } else if (TermIndex.queryTerms(q).isEmpty() && q.codePointCount(0, q.length()) == 1) {
            // one character is no word: titles containing it, or the categories named with it (税 → 财税)
            mode = Mode.TITLE_FALLBACK;
            from = " from policy p";
            List<String> categories = new ArrayList<>();
            for (PolicyCategory c : PolicyCategory.values()) {
                if (c.chineseName().contains(q)) {
                    categories.add(c.name());
                }
            }
            categories.add("-");
            where.append(" and (lower(p.title) like :like escape '\\' or p.category in (:fallbackCategories))");
            params.put("like", "%" + q.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            params.put("fallbackCategories", categories);
            order = " order by p.published_at desc, p.id desc";
            terms = List.of(q.toLowerCase());
        } else if (TermIndex.queryTerms(q).isEmpty()) {
            // several characters but no word (function words, numbers, punctuation): nothing to search for
            return new Result(Mode.NO_WORDS, List.of(), List.of(), page, false, 0);
        } else {
            mode = Mode.WORDS;
            TermIndex.Ranking r = service.index().rank(q);
            from = " from (" + r.sql() + ") r join policy p on p.id = r.doc_id";
            order = " order by r.score desc, p.published_at desc, p.id desc";
            terms = r.terms().isEmpty() ? TermIndex.queryTerms(q) : r.terms();
            rankParams.putAll(r.params());
        }
        List<Policy> rows = db.sql("select " + PolicyStore.COLUMNS + from + where + order
                + " limit :limit offset :offset").params(params).params(rankParams).param("limit", PAGE_SIZE + 1)
                .param("offset", page * PAGE_SIZE).query((rs, n) -> PolicyStore.map(rs)).list();
        long total = db.sql("select count(*)" + from + where).params(params).params(rankParams).query(Long.class)
                .single();
        boolean more = rows.size() > PAGE_SIZE;
        rows = more ? rows.subList(0, PAGE_SIZE) : rows;
        Map<Long, String> interpretations = store.interpretationTexts(rows.stream().map(Policy::id).toList());
        List<Hit> hits = new ArrayList<>();
        for (Policy p : rows) {
            boolean inBody = terms.isEmpty() || terms.stream().anyMatch(t -> p.body().toLowerCase().contains(t));
            String other = interpretations.get(p.id());
            boolean inInterpretation = !inBody && other != null
                    && terms.stream().anyMatch(t -> other.toLowerCase().contains(t));
            String text = inInterpretation ? other : p.body();
            hits.add(new Hit(p, Snippet.of(p.title(), terms, 200),
                    Snippet.of(text, terms, SNIPPET_CHARS), inInterpretation));
        }
        return new Result(mode, terms, hits, page, more, total);
    }
}
