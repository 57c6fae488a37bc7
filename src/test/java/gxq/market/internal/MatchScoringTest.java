package gxq.market.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Scoring of matches with Chinese text, distance between cities and date windows; no Spring. */
class MatchScoringTest {

    private static final CityCoordinates CITIES = CityCoordinates.load();
    private static final LocalDate TODAY = LocalDate.of(2026, 2, 1);
    private static final String WUHAN = "420100";
    private static final String SUZHOU = "320500";
    private static final String XIAOGAN = "420900";

    private static MatchScore.Scored post(Category c, String text, String city) {
        return new MatchScore.Scored(c, Keywords.of(text), city, null, TODAY.plusDays(30));
    }

    @Test
    void segmenterKeepsWordsAndDropsNumbersAndMeasureWords() {
        Set<String> words = Keywords.of("医用外科口罩 10万只");
        assertThat(words).contains("医用", "外科", "口罩").doesNotContain("10", "10万", "万", "只", "10万只");
    }

    @Test
    void highTechZoneStaysOneWord() {
        assertThat(Keywords.of("武汉东湖高新区急需共享员工")).contains("高新区", "共享", "员工").doesNotContain("高新", "新区");
    }

    @Test
    void maskOfferRanksMaskNeedAboveSurgicalInstruments() {
        var offer = post(Category.EPIDEMIC_SUPPLIES, "医用外科口罩 10万只", SUZHOU);
        var masks = post(Category.EPIDEMIC_SUPPLIES, "急需一次性医用口罩", WUHAN);
        var instruments = post(Category.EPIDEMIC_SUPPLIES, "外科手术器械", WUHAN);
        MatchScore a = MatchScore.of(offer, masks, CITIES, TODAY);
        MatchScore b = MatchScore.of(offer, instruments, CITIES, TODAY);
        assertThat(a.commonKeywords()).containsExactlyInAnyOrder("医用", "口罩");
        assertThat(b.commonKeywords()).containsExactly("外科");
        assertThat(a.total()).isGreaterThan(b.total());
        assertThat(MatchScore.rank(List.of(b, a), s -> s)).containsExactly(a, b);
    }

    @Test
    void keywordsAreWordsNotSubstrings() {
        // "口罩机" (mask machine) and "口罩" share characters; the segmenter must not make "罩机" or "口" keywords
        Set<String> words = Keywords.of("出售全自动口罩机两台");
        assertThat(words).doesNotContain("口", "罩", "罩机", "两台");
    }

    @Test
    void sameCategoryBeatsKeywordOverlapAlone() {
        var need = post(Category.TRANSPORT, "需要冷链运输车辆 武汉至苏州", WUHAN);
        var truck = post(Category.TRANSPORT, "提供厢式货车运力", WUHAN);
        var other = post(Category.OTHER, "冷链", WUHAN);
        assertThat(MatchScore.of(need, truck, CITIES, TODAY).total())
                .isGreaterThan(MatchScore.of(need, other, CITIES, TODAY).total());
    }

    @Test
    void wuhanIsNearerToXiaoganThanToSuzhou() {
        double xiaogan = CITIES.distanceKm(WUHAN, XIAOGAN).orElseThrow();
        double suzhou = CITIES.distanceKm(WUHAN, SUZHOU).orElseThrow();
        assertThat(xiaogan).isBetween(20.0, 120.0);
        assertThat(suzhou).isBetween(600.0, 900.0);
        var need = post(Category.SHARED_STAFF, "共享员工 普工", WUHAN);
        var near = post(Category.SHARED_STAFF, "共享员工 普工", XIAOGAN);
        var far = post(Category.SHARED_STAFF, "共享员工 普工", SUZHOU);
        MatchScore n = MatchScore.of(need, near, CITIES, TODAY);
        MatchScore f = MatchScore.of(need, far, CITIES, TODAY);
        assertThat(n.distancePoints()).isGreaterThan(f.distancePoints());
        assertThat(n.total()).isGreaterThan(f.total());
        assertThat(MatchScore.of(need, post(Category.SHARED_STAFF, "共享员工 普工", WUHAN), CITIES, TODAY)
                .distancePoints()).isEqualTo(MatchScore.DISTANCE_POINTS);
    }

    @Test
    void everyCityOfTheRegionTableHasCoordinates() {
        assertThat(CITIES.size()).isEqualTo(340);
        assertThat(CITIES.has("110100")).isTrue();
        assertThat(CITIES.has("659001")).isTrue();
        assertThat(CITIES.distanceKm(WUHAN, "999999")).isEmpty();
    }

    @Test
    void dateWindowsOverlapOnlyWhenTheyShareADay() {
        LocalDate d = TODAY;
        assertThat(MatchScore.overlaps(d, d.plusDays(5), d.plusDays(5), d.plusDays(9), TODAY)).isTrue();
        assertThat(MatchScore.overlaps(d, d.plusDays(4), d.plusDays(5), d.plusDays(9), TODAY)).isFalse();
        assertThat(MatchScore.overlaps(null, d.plusDays(2), d.plusDays(3), d.plusDays(9), TODAY)).isFalse();
        assertThat(MatchScore.overlaps(null, d.plusDays(3), d.plusDays(3), d.plusDays(9), TODAY)).isTrue();
        var early = new MatchScore.Scored(Category.PARTS, Set.of("轴承"), WUHAN, d, d.plusDays(3));
        var late = new MatchScore.Scored(Category.PARTS, Set.of("轴承"), WUHAN, d.plusDays(10), d.plusDays(20));
        var during = new MatchScore.Scored(Category.PARTS, Set.of("轴承"), WUHAN, d.plusDays(1), d.plusDays(20));
        assertThat(MatchScore.of(early, late, CITIES, TODAY).datePoints()).isZero();
        assertThat(MatchScore.of(early, during, CITIES, TODAY).datePoints()).isEqualTo(MatchScore.DATE_POINTS);
    }

    @Test
    void identicalPostsScoreTheFullHundred() {
        var a = post(Category.RAW_MATERIAL, "熔喷布 聚丙烯", WUHAN);
        assertThat(MatchScore.of(a, a, CITIES, TODAY).total()).isEqualTo(100);
    }
}
