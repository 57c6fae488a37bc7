package gxq.market.internal;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.stopword.CoreStopWordDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

/**
 * Keywords of a post's text, segmented with HanLP (portable dictionaries): the words of at least two characters
 * (or a Latin word of at least two letters), without stop words, numbers and measure words, lower-cased. Computed when a
 * post is saved and stored space-separated, so that matching never segments text.
 */
public final class Keywords {

    /** At most this many keywords are stored per post. */
    static final int MAX = 60;

    private static final Segment SEGMENT = HanLP.newSegment().enableNumberQuantifierRecognize(true)
            .enableCustomDictionary(true);

    private Keywords() {
    }

    public static Set<String> of(String... texts) {
        Set<String> words = new LinkedHashSet<>();
        for (String text : texts) {
            if (text == null || text.isBlank()) {
                continue;
            }
            for (Term t : SEGMENT.seg(text)) {
                String w = t.word.strip().toLowerCase();
                String nature = t.nature == null ? "" : t.nature.toString();
                if (w.length() < 2 || nature.startsWith("m") || nature.startsWith("q") || nature.startsWith("w")
                        || nature.startsWith("u") || nature.startsWith("p") || nature.startsWith("c")
                        || nature.startsWith("r") || nature.startsWith("d") || nature.startsWith("e")
                        || nature.startsWith("y") || w.chars().allMatch(Character::isDigit)
                        || CoreStopWordDictionary.contains(w) || !w.codePoints().allMatch(Keywords::wordChar)) {
                    continue;
                }
                words.add(w);
                if (words.size() >= MAX) {
                    return words;
                }
            }
        }
        return words;
    }

    private static boolean wordChar(int cp) {
        return Character.isLetterOrDigit(cp) || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    public static String join(Set<String> words) {
        return String.join(" ", words);
    }

    public static Set<String> parse(String stored) {
        if (stored == null || stored.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(stored.split(" ")).filter(s -> !s.isEmpty()).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
