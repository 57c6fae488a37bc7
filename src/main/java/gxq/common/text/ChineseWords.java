package gxq.common.text;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.stopword.CoreStopWordDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Words of Chinese (and mixed Latin) text, segmented with HanLP (portable dictionaries; keeps e.g. 高新区 as one word):
 * words of at least two characters (or a Latin word of at least two letters), without stop words, numbers, measure
 * words and function words, lower-cased. Used to index and search text (market keywords, policy and exchange search).
 */
public final class ChineseWords {

    private static final Segment SEGMENT = HanLP.newSegment().enableNumberQuantifierRecognize(true)
            .enableCustomDictionary(true);

    private ChineseWords() {
    }

    /** Every word of the text in order, repeats kept (for term frequencies); empty for null or blank text. */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return words;
        }
        for (Term t : SEGMENT.seg(text)) {
            String w = t.word.strip().toLowerCase();
            if (keep(w, t.nature == null ? "" : t.nature.toString())) {
                words.add(w);
            }
        }
        return words;
    }

    /** The distinct words of the texts in order of first appearance, at most {@code max}. */
    public static Set<String> keywords(int max, String... texts) {
        Set<String> words = new LinkedHashSet<>();
        for (String text : texts) {
            for (String w : words(text)) {
                words.add(w);
                if (words.size() >= max) {
                    return words;
                }
            }
        }
        return words;
    }

    private static boolean keep(String w, String nature) {
        return w.length() >= 2 && !nature.startsWith("m") && !nature.startsWith("q") && !nature.startsWith("w")
                && !nature.startsWith("u") && !nature.startsWith("p") && !nature.startsWith("c")
                && !nature.startsWith("r") && !nature.startsWith("d") && !nature.startsWith("e")
                && !nature.startsWith("y") && !w.chars().allMatch(Character::isDigit)
                && !CoreStopWordDictionary.contains(w) && w.codePoints().allMatch(ChineseWords::wordChar);
    }

    private static boolean wordChar(int cp) {
        return Character.isLetterOrDigit(cp) || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }
}
