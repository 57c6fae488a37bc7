package gxq.common.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import gxq.common.text.TermIndex.Field;
import gxq.testing.IntegrationTest;

@IntegrationTest
@Tag("db")
class TermIndexTest {

    @Autowired
    JdbcClient db;

    TermIndex index;

    @BeforeEach
    void table() {
        db.sql("create table if not exists test_term_index (doc_id bigint not null, term varchar(64) not null,"
                + " weight int not null, primary key (doc_id, term))").update();
        db.sql("delete from test_term_index").update();
        index = new TermIndex(db, "test_term_index");
        index.replace(1, List.of(new Field("关于支持高新区企业稳岗的通知", 3), new Field("对不裁员的企业返还失业保险费，稳岗补贴。", 1)));
        index.replace(2, List.of(new Field("创新券使用办法", 3), new Field("科技型中小企业可申领创新券，购买检测服务。", 1)));
        index.replace(3, List.of(new Field("企业复工防疫指南", 3), new Field("企业应配备口罩和体温计。", 1)));
    }

    List<Long> search(String q) {
        TermIndex.Ranking r = index.rank(q);
        return r.bind(db.sql("select doc_id from (" + r.sql() + ") r order by score desc, doc_id"))
                .query(Long.class).list();
    }

    @Test
    void findsDocumentsContainingEveryWordRankedByRareWordsAndTitleWeight() {
        assertThat(search("稳岗补贴")).containsExactly(1L);
        assertThat(search("企业")).containsExactlyInAnyOrder(1L, 2L, 3L);
        assertThat(search("创新券 企业")).containsExactly(2L);
        assertThat(search("口罩 创新券")).isEmpty();
        // 企业 is in every document, 复工 in one title: document 3 first even with "企业" repeated elsewhere
        assertThat(search("企业复工").get(0)).isEqualTo(3L);
    }

    @Test
    void wordsNotSubstrings() {
        assertThat(search("高新区")).containsExactly(1L);
        // 岗补 is a substring of 稳岗补贴 but no word
        assertThat(search("岗补")).isEmpty();
        // the words inside a long word are indexed: 企业 finds 中小企业, 创新券 is one word
        assertThat(search("中小企业")).containsExactly(2L);
        assertThat(search("创新券")).containsExactly(2L);
        assertThat(search("检测服务")).containsExactly(2L);
    }

    @Test
    void aQueryWordTheTextSplitsDifferentlyIsLookedForByItsParts() {
        // the text has 失业 + 保险费, the query the one word 失业保险
        assertThat(ChineseWords.indexWords("返还失业保险费")).doesNotContain("失业保险");
        assertThat(ChineseWords.words("失业保险")).containsExactly("失业保险");
        assertThat(search("失业保险")).containsExactly(1L);
        assertThat(search("失业保险 口罩")).isEmpty();
    }

    @Test
    void queriesWithoutWordsFindNothingAndReplaceForgetsOldTerms() {
        assertThat(index.rank("的 了 2020").empty()).isTrue();
        assertThat(search("的")).isEmpty();
        index.replace(1, List.of(new Field("口罩采购", 1)));
        assertThat(search("稳岗")).isEmpty();
        assertThat(search("口罩")).containsExactlyInAnyOrder(1L, 3L);
        index.remove(3);
        assertThat(search("口罩")).containsExactly(1L);
    }

    @Test
    void snippetMarksHitsAroundTheFirstOne() {
        List<Snippet.Part> parts = Snippet.of("开头的一些文字。对不裁员的企业返还失业保险费，稳岗补贴。", List.of("稳岗", "企业"), 12);
        assertThat(parts).filteredOn(Snippet.Part::hit).extracting(Snippet.Part::text).contains("企业");
        assertThat(String.join("", parts.stream().map(Snippet.Part::text).toList())).startsWith("…").hasSizeLessThan(16);
        assertThat(Snippet.of(null, List.of("x"), 10)).isEmpty();
        // İ lower-cases to two chars with String.toLowerCase: positions must not shift
        assertThat(Snippet.of("İİİ 稳岗补贴 İİ", List.of("稳岗"), 20)).filteredOn(Snippet.Part::hit)
                .extracting(Snippet.Part::text).containsExactly("稳岗");
    }
}
