package gxq.common.text;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A module's full-text index over Chinese text, kept in a table of the module's own with the columns
 * {@code (doc_id bigint not null, term varchar(64) not null, weight int not null, primary key (doc_id, term))} and an
 * index on {@code term}. Documents are segmented by {@link ChineseWords#indexWords} (so 企业 finds 中小企业) and queries
 * by {@link ChineseWords#words}; a term's weight is its count in each
 * field times the field's weight. Writing the terms in the same transaction as the document keeps the index exact on
 * every node of a cluster (no second store to keep in step).
 *
 * <p>A search keeps the documents that contain every word of the query and ranks them by Σ weight × idf, with
 * idf = ln(1 + N / df) over the indexed documents: rare words count more than words found everywhere.
 */
public final class TermIndex {

    /** Longer words are not indexed (they do not fit the column and are not real words). */
    public static final int MAX_TERM = 64;
    /** At most this many distinct query words are used. */
    public static final int MAX_QUERY_TERMS = 8;

    private static final Pattern TABLE = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    private final JdbcClient db;
    private final String table;

    public TermIndex(JdbcClient db, String table) {
        if (!TABLE.matcher(table).matches()) {
            throw new IllegalArgumentException("bad table name " + table);
        }
        this.db = db;
        this.table = table;
    }

    /** Text of one field of a document and how much a word found there counts. */
    public record Field(String text, int weight) {
    }

    /** Replaces the indexed terms of a document. */
    public void replace(long docId, List<Field> fields) {
        remove(docId);
        Map<String, Integer> weights = new HashMap<>();
        for (Field f : fields) {
            for (String w : ChineseWords.indexWords(f.text())) {
                if (w.length() <= MAX_TERM) {
                    weights.merge(w, f.weight(), Integer::sum);
                }
            }
        }
        weights.forEach((term, weight) -> db.sql("insert into " + table + " (doc_id, term, weight) values (:d, :t, :w)")
                .param("d", docId).param("t", term).param("w", weight).update());
    }

    public void remove(long docId) {
        db.sql("delete from " + table + " where doc_id = :d").param("d", docId).update();
    }

    /** The distinct words of a query, at most {@link #MAX_QUERY_TERMS}; empty when it has no word to search for. */
    public static List<String> queryTerms(String query) {
        Set<String> terms = new LinkedHashSet<>();
        for (String w : ChineseWords.words(query)) {
            if (w.length() <= MAX_TERM) {
                terms.add(w);
            }
            if (terms.size() >= MAX_QUERY_TERMS) {
                break;
            }
        }
        return List.copyOf(terms);
    }

    /**
     * The ranking of the documents that contain every query word, as a subquery with columns {@code doc_id} and
     * {@code score} to join with the module's own table (which applies visibility, filters, order and paging). Answers
     * {@link Ranking#NONE} (a subquery with no rows) when the query has no word or a word is not indexed at all, neither
     * as a whole nor by the dictionary words inside it.
     */
    public Ranking rank(String query) {
        List<String> terms = queryTerms(query);
        if (terms.isEmpty()) {
            return Ranking.NONE;
        }
        Map<String, Long> df = documentFrequencies(terms);
        if (df.size() < terms.size()) {
            // a query word the texts hold only split differently (失业保险 in 失业保险费 = 失业 + 保险费) is looked
            // for by the words inside it
            Set<String> finer = new LinkedHashSet<>();
            for (String t : terms) {
                if (df.containsKey(t)) {
                    finer.add(t);
                    continue;
                }
                List<String> parts = ChineseWords.indexWords(t).stream().filter(p -> !p.equals(t)).toList();
                if (parts.isEmpty()) {
                    return Ranking.NONE;
                }
                finer.addAll(parts);
            }
            terms = List.copyOf(finer).subList(0, Math.min(finer.size(), MAX_QUERY_TERMS));
            df = documentFrequencies(terms);
            if (df.size() < terms.size()) {
                return Ranking.NONE;
            }
        }
        long n = db.sql("select count(distinct doc_id) from " + table).query(Long.class).single();
        StringBuilder score = new StringBuilder("sum(weight * case term");
        Map<String, Object> params = new HashMap<>();
        for (int i = 0; i < terms.size(); i++) {
            score.append(" when :ti_t").append(i).append(" then :ti_w").append(i);
            params.put("ti_t" + i, terms.get(i));
            params.put("ti_w" + i, Math.log(1.0 + (double) n / df.get(terms.get(i))));
        }
        score.append(" else 0 end)");
        params.put("ti_terms", terms);
        params.put("ti_n", terms.size());
        String sql = "select doc_id, " + score + " as score from " + table
                + " where term in (:ti_terms) group by doc_id having count(*) = :ti_n";
        return new Ranking(sql, params, terms);
    }

    private Map<String, Long> documentFrequencies(List<String> terms) {
        Map<String, Long> df = new HashMap<>();
        db.sql("select term, count(*) as df from " + table + " where term in (:terms) group by term")
                .param("terms", terms).query(rs -> {
                    df.put(rs.getString("term"), rs.getLong("df"));
                });
        return df;
    }

    /**
     * @param sql    subquery with columns {@code doc_id}, {@code score}; its parameters are named {@code ti_*}
     * @param params those parameters; bind them with {@link #bind}
     * @param terms  the query words, for highlighting ({@link Snippet})
     */
    public record Ranking(String sql, Map<String, Object> params, List<String> terms) {

        public static final Ranking NONE = new Ranking("select cast(null as bigint) as doc_id, 0.0 as score where 1 = 0",
                Map.of(), List.of());

        public boolean empty() {
            return terms.isEmpty();
        }

        public JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
            return spec.params(params);
        }
    }
}
