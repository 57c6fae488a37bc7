package gxq.common.text;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CustomDictionary;
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

    /** Terms of this field that HanLP's general dictionary splits (创新券 → 创新 + 券). */
    static final List<String> DOMAIN_WORDS = List.of("创新券", "科技券", "稳岗", "稳岗返还", "复工复产", "复工率", "复岗率",
            "产能恢复率", "健康码", "孵化器", "众创空间", "高企", "高新技术企业", "科技型中小企业", "技术合同", "房租减免",
            "专精特新", "揭榜挂帅", "堵点", "互帮互助", "防疫物资");

    static {
        DOMAIN_WORDS.forEach(CustomDictionary::add);
    }

    private static final Segment SEGMENT = HanLP.newSegment().enableNumberQuantifierRecognize(true)
            .enableCustomDictionary(true);
    /** Index mode also answers the dictionary words inside a long word (中小企业 → 中小企业, 中小, 企业). */
    private static final Segment INDEX_SEGMENT = HanLP.newSegment().enableNumberQuantifierRecognize(true)
            .enableCustomDictionary(true).enableIndexMode(true);

    private ChineseWords() {
    }

    /** Every word of the text in order, repeats kept (for term frequencies); empty for null or blank text. */
    public static List<String> words(String text) {
        return segment(SEGMENT, text);
    }

    /**
     * The words to index a text by: {@link #words} plus the dictionary words inside longer words, so that a search for
     * 企业 finds 中小企业 (like a search engine's fine-grained index analyzer; queries use {@link #words}).
     */
    public static List<String> indexWords(String text) {
        return segment(INDEX_SEGMENT, text);
    }

    private static List<String> segment(Segment segment, String text) {
        List<String> words = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return words;
        }
        for (Term t : segment.seg(text)) {
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
