package gxq.common.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChineseWordsTest {

    @Test
    void segmentsChineseIntoWordsAndDropsFunctionWordsAndNumbers() {
        assertThat(ChineseWords.words("国家高新区的企业复工，补贴2020元")).contains("高新区", "企业", "复工", "补贴")
                .doesNotContain("的", "2020", "，");
    }

    @Test
    void knowsTheDomainWordsAndIndexesWordsInsideLongWords() {
        assertThat(ChineseWords.words("申领创新券")).contains("创新券");
        assertThat(ChineseWords.words("科技型中小企业")).doesNotContain("企业");
        assertThat(ChineseWords.indexWords("支持中小企业")).contains("中小企业", "企业");
    }

    @Test
    void keepsRepeatsInWordsButNotInKeywords() {
        assertThat(ChineseWords.words("口罩 口罩 口罩")).containsExactly("口罩", "口罩", "口罩");
        assertThat(ChineseWords.keywords(10, "口罩 口罩", "口罩 物资")).containsExactly("口罩", "物资");
        assertThat(ChineseWords.keywords(1, "口罩 物资")).hasSize(1);
        assertThat(ChineseWords.words(null)).isEmpty();
    }
}
